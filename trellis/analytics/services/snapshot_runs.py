"""The runs of levels of a range of months, computed and written by the database.

For one set of rules (the communities that share it), one `INSERT ... SELECT` does it all:

1. the log's standing acts are scored in one grouped query per stretch of time between two
   window edges (`contribution_scores_by_period`; a window does not always start on a
   month's first day: a 12-month window ending on 28 February 2025 starts on 29 February
   2024, so the stretches are cut at each window's own edges);
2. each stretch counts in a run of consecutive months (those whose window holds it), so its
   score enters the running score of a (community, person) in the first of those months and
   leaves it after the last: a running SUM over these changes, ordered by month, gives the
   score of every month in which it changes, and it holds in between;
3. members (all of them, from the first month: membership and its declared level are read
   as they are now, as the levels engine does) and role holders (in the months they hold a
   convening or leadership role, which makes a member declared core) join the same changes,
   so one grouped pass gives each month that matters its score, membership and role; the
   thresholds then give its level and the declared core flag, with no join;
4. a month whose level and flag are those of the month before starts no run (gaps and
   islands); each remaining month starts a run that lasts until the next one starts.

Nothing is looped over in Python but the months and the stretches (a few dozen): the levels
are those `levels_for_communities` gives for each month's last day, to the point.
"""

from collections.abc import Sequence
from datetime import date

from django.db import connection
from django.db.models import QuerySet

from trellis.analytics.levels import Level, Rules
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.periods import month_end
from trellis.analytics.selectors.levels import DECLARED_CORE, window
from trellis.communities.selectors.membership import core_role_holder_rows, member_level_rows
from trellis.participation.selectors import contribution_scores_by_period


def _stretch_months(*, rules: Rules, months: Sequence[date]) -> tuple[list, list[tuple]]:
    """The window edges, and for each stretch between two of them that some month's window
    holds: (stretch, first month, month after the last), months by their index."""
    windows = [window(rules, month_end(month)) for month in months]
    edges = sorted({moment for span in windows for moment in span})
    position = {moment: index for index, moment in enumerate(edges)}
    spans = [(position[since], position[until]) for since, until in windows]
    rows = []
    for stretch in range(len(edges) - 1):
        holding = [n for n, (start, end) in enumerate(spans) if start <= stretch < end]
        if holding:  # windows move forward month by month: the months holding it follow
            rows.append((stretch, holding[0], holding[-1] + 1))
    return edges, rows


def _subquery(queryset: QuerySet) -> tuple[str, list]:
    sql, params = queryset.query.sql_with_params()
    return f"({sql})", list(params)


def level_runs_insert(*, community_ids: list[int], rules: Rules, months: Sequence[date]) -> int:
    """Write the runs of the months given (consecutive, each by its first day) for the
    communities given, which share `rules`; the number of runs written. The caller has
    removed what the range held before."""
    edges, stretches = _stretch_months(rules=rules, months=months)
    count = len(months)
    date_param = "CAST(%s AS DATE)" if connection.vendor == "postgresql" else "%s"
    params: list = []

    month_rows = ", ".join(f"({n}, {date_param})" for n in range(count))
    params += [connection.ops.adapt_datefield_value(month) for month in months]
    stretch_rows = ", ".join(f"({k}, {first}, {after})" for k, first, after in stretches)

    scores_sql, scores_params = _subquery(
        contribution_scores_by_period(
            weights=rules.weights, boundaries=edges, community_ids=community_ids
        )
    )
    params += scores_params
    members_sql, members_params = _subquery(member_level_rows(community_ids=community_ids))
    params += members_params
    roles = []
    for n, month in enumerate(months):
        role_sql, role_params = _subquery(
            core_role_holder_rows(community_ids=community_ids, on=month_end(month))
        )
        roles.append(f"SELECT {n} AS m, r.community_id, r.person_id FROM {role_sql} r")  # noqa: S608 (a number and Django's own SQL; values as parameters)
        params += role_params

    table = connection.ops.quote_name(LevelSnapshot._meta.db_table)
    core, active, occasional = int(rules.core), int(rules.active), int(rules.occasional)
    sql = f"""
    WITH month_list (m, month) AS (VALUES {month_rows}),
    stretch_months (k, first_m, after_m) AS (VALUES {stretch_rows}),
    stretch_scores AS {scores_sql},
    members AS {members_sql},
    roles AS ({" UNION ALL ".join(roles)}),
    changes (c, p, m, d, member, role) AS (
        SELECT s.community_id, s.person_id, sm.first_m, s.score, 0, 0
        FROM stretch_scores s JOIN stretch_months sm ON sm.k = s.period
        UNION ALL
        SELECT s.community_id, s.person_id, sm.after_m, -s.score, 0, 0
        FROM stretch_scores s JOIN stretch_months sm ON sm.k = s.period
        WHERE sm.after_m < {count}
        UNION ALL
        SELECT community_id, person_id, 0, 0,
            CASE WHEN declared_level = '{DECLARED_CORE}' THEN 2 ELSE 1 END, 0
        FROM members
        UNION ALL
        SELECT community_id, person_id, m, 0, 0, 1 FROM roles
        UNION ALL
        SELECT community_id, person_id, m + 1, 0, 0, 0 FROM roles WHERE m + 1 < {count}
    ),
    scores AS (
        SELECT c, p, m,
            SUM(SUM(d)) OVER (PARTITION BY c, p ORDER BY m) AS score,
            MAX(MAX(member)) OVER (PARTITION BY c, p) AS member,
            MAX(role) AS role
        FROM changes GROUP BY c, p, m
    ),
    states AS (
        SELECT c, p, m,
            CASE
                WHEN member = 0 THEN
                    CASE WHEN score > 0 THEN '{Level.TRANSACTIONAL.value}' END
                WHEN score >= {core} THEN '{Level.CORE.value}'
                WHEN score >= {active} THEN '{Level.ACTIVE.value}'
                WHEN score >= {occasional} THEN '{Level.OCCASIONAL.value}'
                ELSE '{Level.PERIPHERAL.value}'
            END AS level,
            CASE WHEN member = 2 OR (member = 1 AND role = 1) THEN TRUE ELSE FALSE END AS declared
        FROM scores
    ),
    marked AS (
        SELECT c, p, m, level, declared,
            LAG(m) OVER w AS previous_m,
            LAG(level) OVER w AS previous_level,
            LAG(declared) OVER w AS previous_declared
        FROM states
        WINDOW w AS (PARTITION BY c, p ORDER BY m)
    ),
    starts AS (
        SELECT c, p, m, level, declared FROM marked
        WHERE previous_m IS NULL
            OR COALESCE(level, '') <> COALESCE(previous_level, '')
            OR declared <> previous_declared
    ),
    runs AS (
        SELECT c, p, m, level, declared,
            COALESCE(LEAD(m) OVER (PARTITION BY c, p ORDER BY m), {count}) - 1 AS last_m
        FROM starts
    )
    INSERT INTO {table} (community_id, person_id, level, declared_core, period, last_period)
    SELECT runs.c, runs.p, runs.level, runs.declared, first_month.month, last_month.month
    FROM runs
    JOIN month_list first_month ON first_month.m = runs.m
    JOIN month_list last_month ON last_month.m = runs.last_m
    WHERE runs.level IS NOT NULL
    """  # noqa: S608 (names from the model, numbers computed here, values as parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount
