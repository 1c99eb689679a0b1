"""Wenbury Council (fictional unitary): Executive report on energy costs and swimming pools, 2022 (PDF, Times,
bold labels on their own line, unnumbered headings, continuously numbered paragraphs, lettered recommendations)."""

from __future__ import annotations

from eval.councils.model import FICTION, Bullets, Council, Doc, FrontSheet, Heading, Para, Table, Title, lines


def pools_report() -> Doc:
    """Executive report, 22 November 2022."""
    front = FrontSheet((
        ("Report to", "Executive"),
        ("Date of meeting", "22 November 2022"),
        ("Report of", "Corporate Director of Communities"),
        ("Lead Member", "Councillor Graham Pryce-Edwards, Lead Member for Culture, Leisure and Tourism"),
        ("Key Decision", "Yes"),
        ("Forward Plan reference", "EX/22/114"),
        ("Divisions affected", "Marlbury Central; Marlbury East; Caddon Vale; Sefton Hill"),
        ("Exempt / Confidential", "No"),
        ("Contact officer", lines("Siobhan Garrity, Head of Leisure Services", "01632 962530", "siobhan.garrity@wenbury.gov.uk")),
        ("Report author", "Siobhan Garrity"),
    ), layout="bold")
    pools = Table(
        ("Pool", "Opened", "Visits 2021/22", "Energy cost 2021/22", "Forecast energy cost 2023/24"),
        (
            ("Marlbury Leisure Pool", "2009", "301,000", "£412,000", "£1,130,000"),
            ("Sefton Hill Pool", "1994", "164,000", "£238,000", "£655,000"),
            ("Caddon Vale Pool", "1968", "58,000", "£176,000", "£497,000"),
            ("Wenbury Town Baths", "1902", "97,000", "£205,000", "£566,000"),
            ("Marlbury Lido (summer only)", "1936", "41,000", "£169,000", "£552,000"),
        ),
        widths=(0.3, 0.12, 0.17, 0.2, 0.21),
    )
    return Doc(
        name="wenbury-executive-2022-11-22-swimming-pools.pdf",
        style="wenbury",
        meta_title="Microsoft Word - EXEC template FINAL (2)",
        author="wenbury\\committee.services",
        blocks=(
            Council("Wenbury Council"),
            Title("Energy Costs and the Future of the Council’s Swimming Pools"),
            front,
            Para(FICTION),
            Heading("Summary"),
            Para("The Council runs five swimming pools. Their energy costs are forecast to rise from £1.2 million in 2021/22 to "
                 "£3.4 million in 2023/24. This report proposes action to keep as much swimming as possible while reducing "
                 "that cost.", num="1."),
            Heading("Recommendations"),
            Para("The Executive is asked to:", num="2."),
            Bullets((
                "close Caddon Vale Pool temporarily from 9 January 2023 until energy prices fall or a new heating system can be funded;",
                "reduce the water temperature at all other pools by one degree, to 28 degrees for main pools;",
                "agree in principle a community asset transfer of Marlbury Lido to the Friends of Marlbury Lido on a 25-year lease;",
                "ask the Corporate Director of Communities to bid to the Swimming Pool Support Fund when it opens;",
                "review the temporary closure of Caddon Vale Pool in November 2023.",
            ), marker="a"),
            Heading("Background"),
            Para("The Council has run its pools directly since the Wenbury Leisure Trust was wound up in 2016. The table below "
                 "shows usage and energy costs for each pool.", num="3."),
            pools,
            Para("Caddon Vale Pool has the highest energy cost per visit, at about £3.03 in 2021/22, and its gas boiler is due "
                 "for replacement. Swimming clubs and schools that use it will be offered time at Marlbury Leisure Pool, "
                 "4.5 miles away.", num="4."),
            Para("The Friends of Marlbury Lido have run the lido café since 2019 and have raised £310,000 towards a solar "
                 "heating system. A transfer would let them apply for grants that are not open to the Council.", num="5."),
            Heading("Options considered"),
            Para("Closing Wenbury Town Baths was considered but rejected because it is a Grade II listed building that would "
                 "still need to be heated and maintained while closed.", num="6."),
            Para("Shortening opening hours at every pool was rejected because it would save less than £150,000 a year and "
                 "affect every user.", num="7."),
            Heading("Financial implications"),
            Para("Temporary closure of Caddon Vale Pool saves an estimated £360,000 in 2023/24 after lost income. Lower water "
                 "temperatures save about £95,000 a year. The lido transfer removes a net cost of £228,000 a year, less a "
                 "one-off grant to the Friends of £50,000.", num="8."),
            Heading("Legal implications"),
            Para("A community asset transfer at less than best consideration is allowed under the General Disposal Consent "
                 "(England) 2003 where the undervalue is £2 million or less.", num="9."),
            Heading("Consultation and equalities"),
            Para("An equality impact assessment found that older people and disabled people who use the Caddon Vale warm-water "
                 "sessions would be most affected. These sessions will move to the Marlbury Leisure Pool teaching pool.", num="10."),
            Heading("Background papers"),
            Para("Leisure Energy Review, Wenbury Council Energy Team, October 2022.", num="11."),
        ),
    )


def docs() -> list[Doc]:
    """The Wenbury document."""
    return [pools_report()]
