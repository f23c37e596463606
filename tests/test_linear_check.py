"""The hostile-input checks measure growth, not seconds: they must still catch a quadratic."""

import pytest

from tests.conftest import assert_linear


def quadratic(text: str) -> int:
    return sum(text.count("a", 0, end) for end in range(0, len(text), 4))


def test_a_quadratic_scan_fails_the_check():
    with pytest.raises(AssertionError):
        assert_linear(quadratic, lambda k: "ab" * k, 60_000)


def test_a_linear_scan_passes_the_check():
    assert_linear(lambda text: text.split("b"), lambda k: "ab" * k, 2_000_000)
