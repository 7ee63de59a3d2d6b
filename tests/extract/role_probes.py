"""Probe set for posts stated in prose (issue 13): short invented texts, several phrasings per class.

Every name here is invented. Each probe is (class, id, text, expected), expected being the exact set of
holds_role facts (person, organization, accepted roles): an organization or role given as a tuple lists
the accepted variants, matched as `graphbuild eval` matches gold names. Read by tests/extract/test_role_probes.py
and `python benchmarks/role_probes.py` (pass counts by class).
"""
from __future__ import annotations

# The opening a Treasury release gives the issuing department (for "said Secretary X").
OPENING = ("WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "
           "sanctioned Velmont Trading LLC. ")
TREASURY = ("U.S. Department of the Treasury", "Department of the Treasury", "Treasury")

PROBES: list[tuple[str, str, str, set[tuple]]] = [
    # --- copula: "X is the director of Y"
    ("copula", "is-the-director", "Dariusz Velenko is the director of the Federal Penitentiary Agency.",
     {("Dariusz Velenko", "Federal Penitentiary Agency", "director")}),
    ("copula", "has-been-since", "Since 2020, Marko Tessaly has been the chief of the Northern Border Guard Service.",
     {("Marko Tessaly", "Northern Border Guard Service", "chief")}),
    ("copula", "acronym-body", "Anvar Kholdeev is the Director of the State Security Committee (SSC), which runs the camps.",
     {("Anvar Kholdeev", ("State Security Committee", "SSC"), "Director")}),
    ("copula", "was-until", "Ilse Brandvik was the deputy head of the Regional Customs Directorate until 2021.",
     {("Ilse Brandvik", "Regional Customs Directorate", ("deputy head", "former deputy head"))}),
    # --- possessor before the title: "Y's Prosecutor General, X"
    ("possessive", "country-prosecutor", "Belarus's Prosecutor General, Tomas Erenko, approved the charges against the "
     "protesters.", {("Tomas Erenko", ("Office of the Prosecutor General", "Government of Belarus", "Belarus"),
                      "Prosecutor General")}),
    ("possessive", "bank-chairman", "Tavrin Bank's chairman, Oleg Varnitsky, signed the loans.",
     {("Oleg Varnitsky", "Tavrin Bank", "chairman")}),
    ("possessive", "group-cfo", "The funds were moved by Velmont Group's chief financial officer, Rana Azadeh.",
     {("Rana Azadeh", "Velmont Group", "chief financial officer")}),
    ("possessive", "country-minister", "Iran's Minister of Petroleum, Javad Rostamian, met the buyers in March.",
     {("Javad Rostamian", ("Ministry of Petroleum", "Government of Iran", "Iran"), "Minister of Petroleum")}),
    # --- gapped coordination: "where A is the GM, B the COO and C the CEO"
    ("gapped", "where-three", "He also controls Tarsis Logistics, where Amir Sohrabi is the General Manager, Leyla "
     "Karimi the Chief Operating Officer and Hadi Nasseri the Chief Executive Officer.",
     {("Amir Sohrabi", "Tarsis Logistics", "General Manager"), ("Leyla Karimi", "Tarsis Logistics", "Chief Operating Officer"),
      ("Hadi Nasseri", "Tarsis Logistics", "Chief Executive Officer")}),
    ("gapped", "where-serves-as", "The cash went to Orvask Marine FZE, where Pavel Dunin serves as director and Yuri "
     "Sobol as deputy director.",
     {("Pavel Dunin", "Orvask Marine FZE", "director"), ("Yuri Sobol", "Orvask Marine FZE", "deputy director")}),
    ("gapped", "whose-two", "The shipments were booked by Kivra Trading, whose managing director is Sami Haddad and "
     "whose accountant is Noor Jaber.",
     {("Sami Haddad", "Kivra Trading", "managing director"), ("Noor Jaber", "Kivra Trading", "accountant")}),
    # --- members and leaders of cartels, armed groups, hacking groups
    ("group", "leader-of-cartel", "Rogelio Vanegas Pardo is a leader of the Los Cuervos cartel.",
     {("Rogelio Vanegas Pardo", ("Los Cuervos cartel", "Los Cuervos"), "leader")}),
    ("group", "member-hacking-group", "Emil Radovic, a member of the hacking group Shadow Lattice, deployed the ransomware.",
     {("Emil Radovic", "Shadow Lattice", "member")}),
    ("group", "commander-armed-group", "Kofi Adomako is a commander of the Northern Liberation Army, an armed group active "
     "in the border region.", {("Kofi Adomako", "Northern Liberation Army", "commander")}),
    ("group", "founding-member", "Aslan Tuvaev, a founding member of Gray Kestrel Team, wrote the malware.",
     {("Aslan Tuvaev", "Gray Kestrel Team", ("founding member", "member"))}),
    # --- the issuing department's officials
    ("secretary", "said-secretary", OPENING + "\u201cWe will act,\u201d said Secretary Margot Ellery.",
     {("Margot Ellery", TREASURY, "Secretary")}),
    ("secretary", "said-deputy-secretary", OPENING + "\u201cWe will act,\u201d said Deputy Secretary Aaron Feldt.",
     {("Aaron Feldt", TREASURY, "Deputy Secretary")}),
    ("secretary", "treasury-secretary", OPENING + "Treasury Secretary Margot Ellery said the network had been dismantled.",
     {("Margot Ellery", TREASURY, ("Secretary", "Treasury Secretary"))}),
    ("secretary", "acting-under-secretary", OPENING + "\u201cWe will act,\u201d said Acting Under Secretary for Terrorism "
     "and Financial Intelligence Corin Walsh.",
     {("Corin Walsh", TREASURY, ("Acting Under Secretary for Terrorism and Financial Intelligence", "Under Secretary",
                                 "Acting Under Secretary"))}),
    # --- officers of a company
    ("officers", "are-officers", "Anton Graves and Lida Morn are officers of Velmont Trading LLC.",
     {("Anton Graves", "Velmont Trading LLC", "officer"), ("Lida Morn", "Velmont Trading LLC", "officer")}),
    ("officers", "president-and-treasurer", "Anton Graves serves as president and treasurer of Velmont Trading LLC.",
     {("Anton Graves", "Velmont Trading LLC", ("president", "treasurer"))}),
    ("officers", "officer-of", "Lida Morn, an officer of Velmont Trading LLC, opened the accounts.",
     {("Lida Morn", "Velmont Trading LLC", "officer")}),
    ("officers", "titles-in-parentheses", "The officers of Velmont Trading LLC are Anton Graves (president) and Lida Morn "
     "(secretary).", {("Anton Graves", "Velmont Trading LLC", ("president", "officer")),
                      ("Lida Morn", "Velmont Trading LLC", ("secretary", "officer"))}),
    # --- ranks with their force
    ("rank", "acronym-rank", "IRGC Brigadier General Hossein Karbalaei oversaw the shipments.",
     {("Hossein Karbalaei", ("IRGC", "Islamic Revolutionary Guard Corps"), "Brigadier General")}),
    ("rank", "full-name-rank", "Islamic Revolutionary Guard Corps (IRGC) Brigadier General Hossein Karbalaei oversaw the "
     "shipments.", {("Hossein Karbalaei", ("Islamic Revolutionary Guard Corps", "IRGC"), "Brigadier General")}),
    ("rank", "rank-of-force", "Colonel Yuri Dashkov of the Main Intelligence Directorate (GRU) planned the operation.",
     {("Yuri Dashkov", ("Main Intelligence Directorate", "GRU"), "Colonel")}),
    ("rank", "rank-commander-appositive", "Major General Ramin Ostadi, the commander of the IRGC Aerospace Force, approved "
     "the transfer.", {("Ramin Ostadi", "IRGC Aerospace Force", "commander")}),
    # --- an appositive after a long description
    ("long-appositive", "description-then-copula", "Darnell Quist, a Cyprus-based accountant who has kept books for "
     "several shell firms since 2015, is the treasurer of Velmont Trading LLC.",
     {("Darnell Quist", "Velmont Trading LLC", "treasurer")}),
    ("long-appositive", "associate-and-director", "OFAC also designated Maren Holt, a longtime associate of the network "
     "and the current managing director of Kestrel Shipping Co.",
     {("Maren Holt", "Kestrel Shipping Co.", "managing director")}),
    ("long-appositive", "age-then-title", "Farid Ojal, a 52-year-old former banker and the chairman of Tavrin Bank, "
     "arranged the loans.", {("Farid Ojal", "Tavrin Bank", "chairman")}),
    # --- relative clause with a serving verb
    ("who-served", "served-since-as", "Kamal Rezaei, who has served since 2019 as Velmont Group's head of security, hired "
     "the guards.", {("Kamal Rezaei", "Velmont Group", "head of security")}),
    ("who-served", "who-has-been-at", "Kamal Rezaei, who since 2019 has been the head of security at Velmont Group, hired "
     "the guards.", {("Kamal Rezaei", "Velmont Group", "head of security")}),
    ("who-served", "who-was-appointed", "Kamal Rezaei, who was appointed director of Tavrin Bank in 2018, approved the loans.",
     {("Kamal Rezaei", "Tavrin Bank", "director")}),
    # --- "X (X), Y's longtime financial manager"
    ("manager", "alias-then-possessive", "Ravi Soltan (Soltan), Velmont Group's longtime financial manager, arranged the "
     "transfers.", {("Ravi Soltan", "Velmont Group", ("financial manager", "longtime financial manager"))}),
    ("manager", "longtime-of", "Ravi Soltan, the longtime financial manager of Velmont Group, arranged the transfers.",
     {("Ravi Soltan", "Velmont Group", ("financial manager", "longtime financial manager"))}),
    ("manager", "who-has-long-been", "Ravi Soltan, who has long been Velmont Group's financial manager, arranged the "
     "transfers.", {("Ravi Soltan", "Velmont Group", "financial manager")}),
    # --- head verbs
    ("heads", "heads-department", "Nadia Ferro heads the finance department of Kestrel Shipping Co.",
     {("Nadia Ferro", "Kestrel Shipping Co.", ("head", "head of the finance department"))}),
    ("heads", "runs-office", "Nadia Ferro runs the procurement office of Kestrel Shipping Co.",
     {("Nadia Ferro", "Kestrel Shipping Co.", ("head", "head of the procurement office", "manager"))}),
    ("heads", "leads-possessive-unit", "Nadia Ferro leads Kestrel Shipping Co.'s logistics division.",
     {("Nadia Ferro", "Kestrel Shipping Co.", ("head", "leader", "head of the logistics division"))}),
    ("heads", "manages", "Since 2016, Nadia Ferro has managed Kestrel Shipping Co. on behalf of its owners.",
     {("Nadia Ferro", "Kestrel Shipping Co.", ("manager", "head"))}),
    # --- "a senior official in Y"
    ("official", "senior-official-in", "Sergei Lomakin, a senior official in the Federal Security Service, ordered the "
     "arrests.", {("Sergei Lomakin", "Federal Security Service", ("senior official", "official"))}),
    ("official", "officer-with", "Sergei Lomakin, a senior officer with the Ministry of Internal Affairs, ordered the "
     "arrests.", {("Sergei Lomakin", "Ministry of Internal Affairs", ("senior officer", "officer"))}),
    ("official", "official-at", "Sergei Lomakin, an official at the Central Bank of Eldoria, approved the transfers.",
     {("Sergei Lomakin", "Central Bank of Eldoria", "official")}),
    # --- a post inside a designation sentence
    ("designation", "designated-x-the-ceo", "OFAC designated Lena Varga, the chief executive officer of Tavrin Bank, for "
     "operating in the financial services sector.", {("Lena Varga", "Tavrin Bank", "chief executive officer")}),
    ("designation", "sanctioning-possessive", "OFAC is also sanctioning Tavrin Bank's chairman, Petr Halas, for his role "
     "in the scheme.", {("Petr Halas", "Tavrin Bank", "chairman")}),
    ("designation", "also-designated-is", "Also designated today is Petr Halas, who chairs the board of Tavrin Bank.",
     {("Petr Halas", "Tavrin Bank", ("chairman", "chairman of the board", "chair"))}),
    # --- relative clauses around the body
    ("relative", "which-is-managed-by", "The funds passed through Velmont Trading LLC, which is managed by Anton Graves.",
     {("Anton Graves", "Velmont Trading LLC", "manager")}),
    ("relative", "whose-chairman", "Tavrin Bank, whose chairman Petr Halas approved the loans, is designated today.",
     {("Petr Halas", "Tavrin Bank", "chairman")}),
    ("relative", "whom-appointed", "Petr Halas, whom Tavrin Bank appointed as its chairman in 2019, approved the loans.",
     {("Petr Halas", "Tavrin Bank", "chairman")}),
    # --- passive
    ("passive", "is-led-by", "Kestrel Shipping Co. is led by Nadia Ferro.",
     {("Nadia Ferro", "Kestrel Shipping Co.", ("leader", "head"))}),
    ("passive", "headed-by-director", "Kestrel Shipping Co. is headed by its director, Nadia Ferro.",
     {("Nadia Ferro", "Kestrel Shipping Co.", ("director", "head"))}),
    ("passive", "run-by-syndicate", "The Black Harbor Syndicate is run by Dmitri Volkan.",
     {("Dmitri Volkan", "Black Harbor Syndicate", ("leader", "head", "manager"))}),
    # --- two posts at one body
    ("two-posts", "possessive-owner-director", "Anton Graves, Velmont Trading LLC's owner and director, signed the contract.",
     {("Anton Graves", "Velmont Trading LLC", ("owner", "director"))}),
    ("two-posts", "the-owner-and-director", "Anton Graves, the owner and director of Velmont Trading LLC, signed the "
     "contract.", {("Anton Graves", "Velmont Trading LLC", ("owner", "director"))}),
    ("two-posts", "both-founder-and-ceo", "Anton Graves is both the founder and the chief executive of Velmont Trading LLC.",
     {("Anton Graves", "Velmont Trading LLC", ("founder", "chief executive"))}),
    # --- titles with a country adjective
    ("country-adjective", "the-venezuelan-minister", "The Venezuelan Minister of Defense, Rafael Quintero, ordered the "
     "deployment.", {("Rafael Quintero", ("Ministry of Defense", "Government of Venezuela", "Venezuela"),
                      "Minister of Defense")}),
    ("country-adjective", "adjective-prefix", "Venezuelan Defense Minister Rafael Quintero ordered the deployment.",
     {("Rafael Quintero", ("Ministry of Defense", "Government of Venezuela", "Venezuela"),
       ("Defense Minister", "Minister of Defense"))}),
    ("country-adjective", "after-name", "Rafael Quintero, the Venezuelan Minister of Defense, ordered the deployment.",
     {("Rafael Quintero", ("Ministry of Defense", "Government of Venezuela", "Venezuela"), "Minister of Defense")}),
    ("country-adjective", "deputy-minister", "The Russian Deputy Minister of Energy, Oleg Brant, signed the decree.",
     {("Oleg Brant", ("Ministry of Energy", "Government of Russia", "Russia"), "Deputy Minister of Energy")}),
    # --- a person named by surname after the first mention
    ("surname", "surname-copula", "OFAC designated Lena Varga today. Varga is the chief executive officer of Tavrin Bank.",
     {("Lena Varga", "Tavrin Bank", "chief executive officer")}),
    ("surname", "surname-served", "Lena Varga was born in 1970. Since 2015, Varga has served as the chairman of Tavrin Bank.",
     {("Lena Varga", "Tavrin Bank", "chairman")}),
    ("surname", "two-surnames", "OFAC designated Petr Halas and Lena Varga. Halas chairs the board of Tavrin Bank, and "
     "Varga is its chief executive officer.",
     {("Petr Halas", "Tavrin Bank", ("chairman", "chairman of the board", "chair")),
      ("Lena Varga", "Tavrin Bank", "chief executive officer")}),
    # --- posts across a bullet or line
    ("lines", "bullets", "OFAC designated the following individuals:\n\u2022 Petr Halas, chairman of Tavrin Bank;\n"
     "\u2022 Lena Varga, chief executive officer of Tavrin Bank.",
     {("Petr Halas", "Tavrin Bank", "chairman"), ("Lena Varga", "Tavrin Bank", "chief executive officer")}),
    ("lines", "name-colon-title", "The following persons were designated today.\nPetr Halas: chairman of Tavrin Bank.\n"
     "Lena Varga: chief executive officer of Tavrin Bank.",
     {("Petr Halas", "Tavrin Bank", "chairman"), ("Lena Varga", "Tavrin Bank", "chief executive officer")}),
    ("lines", "name-line-then-title-line", "OFAC designated two officials today.\n\nPetr Halas\n\nPetr Halas is the "
     "chairman of Tavrin Bank.", {("Petr Halas", "Tavrin Bank", "chairman")}),
]


#: A second round of variants (written after the first round's fixes), measured separately.
MINISTRY_OF_INTERIOR = ("Ministry of Internal Affairs", "Ministry of Interior", "Belarus's Ministry of Interior", "Government of Belarus")
PROBES_ROUND_2: list[tuple[str, str, str, set[tuple]]] = [
    ("group", "senior-figure-in", "Petr Halas, a senior figure in the Los Cuervos cartel, moved the cocaine.",
     {("Petr Halas", ("Los Cuervos cartel", "Los Cuervos"), ("senior figure", "figure"))}),
    ("group", "plaza-boss", "Petr Halas is a plaza boss for the Northern Liberation Army.",
     {("Petr Halas", "Northern Liberation Army", ("plaza boss", "boss"))}),
    ("group", "who-leads-hacking-group", "Petr Halas, who leads the hacking group Shadow Lattice, wrote the code.",
     {("Petr Halas", "Shadow Lattice", "leader")}),
    ("group", "prefix-member", "Shadow Lattice member Petr Halas wrote the code.", {("Petr Halas", "Shadow Lattice", "member")}),
    ("group", "alias-then-copula", "Petr Halas, alias \u201cEl Lobo,\u201d is the leader of the Northern Liberation Army.",
     {("Petr Halas", "Northern Liberation Army", "leader")}),
    ("group", "place-read-group-prefix", "Norte\u00f1o Cartel leader Petr Halas moved the cocaine.",
     {("Petr Halas", "Norte\u00f1o Cartel", "leader")}),
    ("group", "among-the-leaders", "Petr Halas is among the leaders of the Northern Liberation Army.",
     {("Petr Halas", "Northern Liberation Army", "leader")}),
    ("group", "took-over-as", "In 2020, Petr Halas took over as leader of the Northern Liberation Army.",
     {("Petr Halas", "Northern Liberation Army", "leader")}),
    ("group", "top-lieutenant", "Petr Halas, a top lieutenant of the Northern Liberation Army, moved the weapons.",
     {("Petr Halas", "Northern Liberation Army", ("top lieutenant", "lieutenant"))}),
    ("group", "nationality-gang-leader", "Russian gang leader Petr Halas moved the cocaine.", set()),
    ("group", "lieutenant-to-a-person", "Petr Halas, a lieutenant to Lena Varga, moved the weapons.", set()),
    ("officers", "possessive-two-posts", "Velmont Trading LLC's president and sole shareholder, Petr Halas, signed the contract.",
     {("Petr Halas", "Velmont Trading LLC", ("president", "sole shareholder"))}),
    ("officers", "listed-as", "Petr Halas is listed as the director of Velmont Trading LLC.",
     {("Petr Halas", "Velmont Trading LLC", "director")}),
    ("officers", "registered-as", "Petr Halas is registered as the general director of Velmont Trading LLC.",
     {("Petr Halas", "Velmont Trading LLC", ("general director", "director"))}),
    ("officers", "its-director-next-sentence", "Velmont Trading LLC supplied the parts. Its director, Petr Halas, signed the "
     "contract.", {("Petr Halas", "Velmont Trading LLC", "director")}),
    ("officers", "owns-and-manages", "Petr Halas owns and manages Velmont Trading LLC.",
     {("Petr Halas", "Velmont Trading LLC", ("manager", "owner"))}),
    ("officers", "three-posts", "Petr Halas is the founder, owner, and chief executive of Velmont Trading LLC.",
     {("Petr Halas", "Velmont Trading LLC", ("founder", "owner", "chief executive"))}),
    ("officers", "verbs-without-post", "Petr Halas visited and praised Velmont Trading LLC.", set()),
    ("country-adjective", "possessive-after-name", "Petr Halas, Belarus's Minister of Internal Affairs, ordered the arrests.",
     {("Petr Halas", MINISTRY_OF_INTERIOR, ("Minister of Internal Affairs", "Minister"))}),
    ("country-adjective", "adjective-interior-minister", "Belarusian Interior Minister Petr Halas ordered the arrests.",
     {("Petr Halas", MINISTRY_OF_INTERIOR, ("Interior Minister", "Minister of Interior", "Minister"))}),
    ("country-adjective", "of-country-after-title", "Petr Halas, the Minister of Internal Affairs of Belarus, ordered the "
     "arrests.", {("Petr Halas", MINISTRY_OF_INTERIOR, ("Minister of Internal Affairs", "Minister"))}),
    ("official", "head-of-possessed-acronym-body", "Petr Halas, head of Belarus's State Security Committee (KGB), ordered "
     "the arrests.", {("Petr Halas", ("State Security Committee", "KGB"), "head")}),
    ("official", "deputy-in-duma", "Petr Halas, a deputy in Russia's State Duma, voted for the law.",
     {("Petr Halas", "State Duma", ("deputy", "member"))}),
    ("copula", "governor-since", "Petr Halas has served as Governor of the Central Bank of Eldoria since 2017.",
     {("Petr Halas", "Central Bank of Eldoria", "Governor")}),
    ("secretary", "assistant-secretary-portfolio", OPENING + "\u201cWe will act,\u201d said Deputy Assistant Secretary for "
     "Counter Threat Finance and Sanctions Laura Hensley.",
     {("Laura Hensley", TREASURY, ("Deputy Assistant Secretary for Counter Threat Finance and Sanctions",
                                   "Deputy Assistant Secretary"))}),
    ("secretary", "assistant-secretary-of-state", OPENING + "\u201cWe will act,\u201d said Assistant Secretary of State for "
     "Economic and Business Affairs Daniel Morgan.",
     {("Daniel Morgan", ("U.S. Department of State", "Department of State"),
       ("Assistant Secretary of State for Economic and Business Affairs", "Assistant Secretary"))}),
    # --- employment or membership stated by a verb, no post noun (extract/roles_employment.py)
    ("employment", "coder-with-duties-in", "Petr Halas worked as a programmer with testing duties in the Gray Kestrel Team.",
     {("Petr Halas", "Gray Kestrel Team", ("programmer", "member"))}),
    ("employment", "part-of-unit-for", "Petr Halas was part of the internal tools team for the Gray Kestrel Team.",
     {("Petr Halas", "Gray Kestrel Team", "member")}),
    ("employment", "involved-in-activity-for", "Petr Halas has been involved in development activity for the Gray Kestrel Team.",
     {("Petr Halas", "Gray Kestrel Team", "member")}),
    ("employment", "worked-on-projects-for", "Petr Halas has worked on fraud projects for the Gray Kestrel Team.",
     {("Petr Halas", "Gray Kestrel Team", "member")}),
    ("employment", "works-for", "Petr Halas works for Tavrin Bank.", {("Petr Halas", "Tavrin Bank", ("employee", "member"))}),
    ("employment", "served-in", "Petr Halas previously served in the Northern Liberation Army.",
     {("Petr Halas", "Northern Liberation Army", ("member", "former member"))}),
    ("employment", "central-actor-in-the-group", "The Gray Kestrel Team stole the data. Petr Halas was a central actor in "
     "the group.", {("Petr Halas", "Gray Kestrel Team", ("central actor", "member"))}),
    ("employment", "worked-with-no-post", "Petr Halas has worked with Velmont Trading LLC to procure drones.", set()),
    ("employment", "services-no-post", "Petr Halas provides services to Velmont Trading LLC.", set()),
    ("employment", "procurement-for-no-post", "Petr Halas was involved in the procurement of engines for Velmont Trading LLC.",
     set()),
    # --- heads of state and state posts named without their country (extract/roles_country.py)
    ("head-of-state", "release-country-president", OPENING.replace("sanctioned", "sanctioned, for corruption in Burundi,")
     + "The reforms pursued by President Jean Ndoru have stalled.",
     {("Jean Ndoru", ("Government of Burundi", "Burundi"), "President")}),
    ("head-of-state", "release-country-vice-president", "OFAC designated Petr Halas for corruption in Nicaragua. Halas is the son "
     "of Vice President Rosa Marl.", {("Rosa Marl", ("Government of Nicaragua", "Nicaragua"), "Vice President")}),
    ("head-of-state", "adjective-prime-minister", "Petr Halas plotted against Moldovan Prime Minister Rosa Marl.",
     {("Rosa Marl", ("Government of Moldova", "Moldova"), "Prime Minister")}),
    ("head-of-state", "two-countries-no-guess", "OFAC designated Petr Halas for selling arms in Liberia and Ghana. Halas met "
     "President Jean Ndoru in 2021.", set()),
    ("two-posts", "minister-of-state-and-chief-of-staff", "OFAC designated Petr Halas for bribery in Liberia. Halas is "
     "Minister of State for Presidential Affairs and Chief of Staff to President Jean Ndoru.",
     {("Petr Halas", ("Government of Liberia", "Ministry of State for Presidential Affairs"),
       ("Minister of State for Presidential Affairs", "Chief of Staff")),
      ("Jean Ndoru", ("Government of Liberia", "Liberia"), "President")}),
]


def _accepts(value: str, accepted: str | tuple[str, ...]) -> bool:
    from graphbuild.evaluate import names_match

    return any(names_match(value, a) for a in ((accepted,) if isinstance(accepted, str) else accepted))


def check(relations: list[dict], expected: set[tuple]) -> list[str]:
    """What differs between the holds_role relations and the expected facts (empty when the probe passes):
    a missing fact, a fact with a role outside the accepted ones, or a fact nobody expected."""
    posts = [(r["subject"]["name"], r["object"]["name"], r.get("role") or "") for r in relations if r["relation"] == "holds_role"]
    problems = []
    for person, body, roles in expected:
        found = [p for p in posts if _accepts(p[0], person) and _accepts(p[1], body)]
        if not found:
            problems.append(f"missing {person} -> {body if isinstance(body, str) else body[0]}")
        elif not any(_accepts(p[2], roles) for p in found):
            problems.append(f"role {found[0][2]!r} for {person}, expected {roles}")
    for post in posts:
        if not any(_accepts(post[0], person) and _accepts(post[1], body) for person, body, _ in expected):
            problems.append(f"unexpected {post[0]} -> {post[1]} ({post[2]})")
    return problems
