"""Reading council documents: formats, isolation of parsing, chunking."""
