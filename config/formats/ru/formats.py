"""Russian dates: one way of writing a date and one of writing a time on every page
("30 ноября 2026", "30 ноября 2026, 11:47"); the short formats are the long ones."""

DATE_FORMAT = "j E Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y, H:i"
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
MONTH_DAY_FORMAT = "j E"
YEAR_MONTH_FORMAT = "F Y"
