"""Disjoint sets over integer ids: merge candidate pairs into duplicate clusters."""

from __future__ import annotations


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent.get(root, root) != root:
            root = parent[root]
        while item != root:  # path compression
            item, parent[item] = parent.get(item, item), root
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the smaller id becomes the root, so results never depend on merge order
            low, high = sorted((root_a, root_b))
            self.parent[high] = low

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for item in list(self.parent):
            out.setdefault(self.find(item), []).append(item)
        for root, members in out.items():
            if root not in members:
                members.append(root)
            members.sort()
        return out
