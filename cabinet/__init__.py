"""Cabinet: cited answers over local-council plans and reports."""

__version__ = "0.1.0"
