"""Readers for the inputs journalists bring (DESIGN.md §1, issue 7): one module per format.

`etl.sources` is the entry point: it expands folders, globs and archives, sniffs each file's format
from its content and hands the decoded text (or the workbook) to one of these:

- `encoding`   bytes → text: BOM, UTF-8, UTF-16, CP949/EUC-KR via charset-normalizer, binary sniffing
- `plain_text` a pasted page (`.txt`): the whole decoded text
- `html_page`  a saved web page: main text via trafilatura, metadata from `<meta>` tags
- `jsonl`      JSON lines (or one JSON document) of articles from a scraper
- `bigkinds`   the BigKinds (빅카인즈) Excel export, 19 columns
- `common`     text normalisation, date parsing and the rejection message helper
"""
