"""What a person looks at after a run: the report page and the comparison of two runs.

Everything here reads only published folders, as `curate explain` and `curate validate` do.
"""
