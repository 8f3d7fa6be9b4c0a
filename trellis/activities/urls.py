"""Activity pages: each views module owns its URL patterns; this file joins them."""

from trellis.activities.views import (
    attendance,
    attendance_import,
    calendar,
    catalogue,
    planning,
    registration,
)

app_name = "activities"
urlpatterns = [
    *catalogue.urlpatterns,
    *planning.urlpatterns,
    *registration.urlpatterns,
    *attendance.urlpatterns,
    *attendance_import.urlpatterns,
    *calendar.urlpatterns,
]
