"""Exchange with spreadsheets: reading .xlsx/.xls/.ods and writing .xlsx."""
