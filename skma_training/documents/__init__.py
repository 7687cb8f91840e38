"""Printed documents (PDF and formatted .xlsx) from plain data and the templates in forms/.

Plain dataclasses in, files out; nothing here reads the database. The pieces:

- ``forms``: the TOML templates (wording in Kazakh and Russian, codes, columns);
- ``fonts``, ``styles``, ``letterhead``, ``pdf_base``, ``blocks``, ``output``: the
  bundled font, paragraph styles, the header on every page, the page with its
  "page N of M", shared blocks (approval, signatures, ruled lines), atomic files;
- ``layout``, ``tabular_pdf``, ``tabular_xlsx``, ``charts``: tabular documents as
  neutral content, laid out as PDF or as a workbook;
- one module per document: ``plan``, ``hr_list``, ``department_summary``,
  ``management_report`` (with ``management_figures``), ``application``,
  ``listener_report``, ``internship_report`` (batched by ``papers``), ``cpd_form``.
"""
