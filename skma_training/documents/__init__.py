"""Printed documents (PDF and formatted .xlsx) from plain data and the templates in forms/."""
