"""English dates: one way of writing a date and one of writing a time on every page.

Day, short month and year ("30 Nov 2026") reads the same to readers from either side of the
Atlantic; times are on the 24-hour clock the network's countries use. The short formats are the
long ones, so a page never mixes "11/26/2026 11:47 a.m." with "Nov. 30, 2026".
"""

DATE_FORMAT = "j M Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
