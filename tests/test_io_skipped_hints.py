"""What the run says of a kind of file it does not read (curate.io.skipped_hints)."""

from curate.io.skipped_hints import conversion_hints


def test_an_avro_file_is_named_with_what_reads_it():
    # Spark's and BigQuery's Avro exports: "passed over (.avro 1)", with nothing to do about it
    [line] = conversion_hints(["export/part-00000.avro", "export/part-00001.avro"])
    assert line.startswith("2 .avro file(s) not read, e.g. export/part-00000.avro")
    assert "Parquet" in line
