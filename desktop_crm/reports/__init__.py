"""PDFs and chart figures, built without Qt so the CLI, the GUI and the tests share them."""
