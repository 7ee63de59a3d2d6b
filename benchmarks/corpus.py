"""Synthetic sanctions corpus for the benchmarks: press releases, news stories and wire briefs.

Everything is generated from the name lists and sentence templates below with a
seeded `random.Random`, so `write_corpus(folder, n, seed=7)` always writes the
same files, and a different seed gives a different but comparable corpus. The
names, titles, agencies and programs are real and public; the sentences that
combine them are invented for load testing and are not statements of fact.

Two generators share the same facts:

- `write_corpus` / `iter_documents`: documents (txt, md, html, jsonl) in the
  styles that graphbuild reads: a Treasury-style press release, an EU Council
  notice, a UK notice, a news story, and one-paragraph wire briefs.
- `iter_facts`: the relations those documents state, as plain tuples, used by
  `benchmarks/run.py` to make a large graph without running the model.
"""
from __future__ import annotations

import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Name lists: (name, title, organization, organization type, country, program, authority family)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Official:
    name: str
    title: str
    org: str
    org_type: str  # PublicBody or Company
    country: str
    program: str  # the program tag or legal authority usually cited
    family: str  # "us", "eu" or "uk": who typically lists them in this corpus


OFFICIALS = [
    # Iran
    Official("Ahmad Vahidi", "Minister of the Interior", "Ministry of Interior", "PublicBody", "Iran", "E.O. 13553", "us"),
    Official("Esmail Khatib", "Minister of Intelligence", "Ministry of Intelligence and Security", "PublicBody", "Iran", "E.O. 13553", "us"),
    Official("Hossein Salami", "Commander-in-Chief", "Islamic Revolutionary Guard Corps", "PublicBody", "Iran", "E.O. 13224", "us"),
    Official("Mohammad Bagheri", "Chief of Staff", "Armed Forces General Staff", "PublicBody", "Iran", "E.O. 13553", "us"),
    Official("Hassan Karami", "Commander", "Law Enforcement Special Units", "PublicBody", "Iran", "IRAN-HR", "us"),
    Official("Mohammad Rostami Cheshmeh Gachi", "Chief", "Morality Police", "PublicBody", "Iran", "IRAN-HR", "us"),
    Official("Issa Zarepour", "Minister of Information and Communications Technology", "Ministry of Information and Communications Technology", "PublicBody", "Iran", "IRAN-HR", "us"),
    Official("Gholamreza Soleimani", "Commander", "Basij Resistance Force", "PublicBody", "Iran", "E.O. 13553", "eu"),
    # Russia
    Official("Sergei Lavrov", "Minister of Foreign Affairs", "Ministry of Foreign Affairs of the Russian Federation", "PublicBody", "Russia", "E.O. 14024", "us"),
    Official("Sergei Shoigu", "Minister of Defence", "Ministry of Defence of the Russian Federation", "PublicBody", "Russia", "E.O. 14024", "eu"),
    Official("Nikolai Patrushev", "Secretary", "Security Council of the Russian Federation", "PublicBody", "Russia", "E.O. 14024", "us"),
    Official("Alexander Bortnikov", "Director", "Federal Security Service", "PublicBody", "Russia", "E.O. 14024", "uk"),
    Official("Viktor Zolotov", "Director", "National Guard of Russia", "PublicBody", "Russia", "E.O. 14024", "us"),
    Official("Elvira Nabiullina", "Governor", "Central Bank of the Russian Federation", "PublicBody", "Russia", "E.O. 14024", "uk"),
    Official("Valery Gerasimov", "Chief of the General Staff", "Armed Forces of the Russian Federation", "PublicBody", "Russia", "E.O. 14024", "eu"),
    Official("Mikhail Mishustin", "Prime Minister", "Government of the Russian Federation", "PublicBody", "Russia", "E.O. 14024", "uk"),
    Official("Alexey Miller", "Chief Executive Officer", "Gazprom", "Company", "Russia", "E.O. 14024", "us"),
    Official("Igor Sechin", "Chief Executive Officer", "Rosneft", "Company", "Russia", "E.O. 14024", "eu"),
    Official("Andrey Kostin", "Chairman", "VTB Bank", "Company", "Russia", "E.O. 14024", "us"),
    Official("Herman Gref", "Chief Executive Officer", "Sberbank", "Company", "Russia", "E.O. 14024", "uk"),
    Official("Sergey Chemezov", "Chief Executive Officer", "Rostec", "Company", "Russia", "E.O. 14024", "us"),
    # Belarus
    Official("Viktor Khrenin", "Minister of Defence", "Ministry of Defence of the Republic of Belarus", "PublicBody", "Belarus", "E.O. 14038", "eu"),
    Official("Ivan Tertel", "Chairman", "State Security Committee of the Republic of Belarus", "PublicBody", "Belarus", "E.O. 14038", "eu"),
    Official("Lidia Yermoshina", "Chairwoman", "Central Election Commission of Belarus", "PublicBody", "Belarus", "E.O. 13405", "eu"),
    # Venezuela
    Official("Tareck El Aissami", "Minister of Petroleum", "Ministry of Petroleum", "PublicBody", "Venezuela", "E.O. 13692", "us"),
    Official("Vladimir Padrino López", "Minister of Defense", "Ministry of Defense of Venezuela", "PublicBody", "Venezuela", "E.O. 13692", "us"),
    Official("Manuel Quevedo", "President", "Petróleos de Venezuela, S.A.", "Company", "Venezuela", "E.O. 13850", "us"),
    Official("Tibisay Lucena", "President", "National Electoral Council", "PublicBody", "Venezuela", "E.O. 13692", "us"),
    # Myanmar
    Official("Min Aung Hlaing", "Commander-in-Chief", "Burmese military", "PublicBody", "Burma", "E.O. 14014", "us"),
    Official("Soe Win", "Deputy Commander-in-Chief", "Burmese military", "PublicBody", "Burma", "E.O. 14014", "uk"),
    Official("Mya Tun Oo", "Minister of Defense", "Ministry of Defense of Burma", "PublicBody", "Burma", "E.O. 14014", "us"),
    # North Korea
    Official("Kim Yo Jong", "Vice Director", "Propaganda and Agitation Department", "PublicBody", "North Korea", "E.O. 13687", "us"),
    Official("Choe Hui Chol", "Vice Minister", "Ministry of Atomic Energy Industry", "PublicBody", "North Korea", "E.O. 13382", "us"),
    Official("Ri Pyong Chol", "Vice Chairman", "Central Military Commission of the Workers' Party of Korea", "PublicBody", "North Korea", "E.O. 13722", "eu"),
    # Syria
    Official("Faisal Mekdad", "Minister of Foreign Affairs", "Ministry of Foreign Affairs and Expatriates", "PublicBody", "Syria", "Caesar Act", "us"),
    Official("Ali Mamluk", "Head", "National Security Bureau", "PublicBody", "Syria", "E.O. 13572", "eu"),
    # Nicaragua
    Official("Rosario Murillo", "Vice President", "Government of Nicaragua", "PublicBody", "Nicaragua", "E.O. 13851", "us"),
    Official("Francisco Díaz Madriz", "Director General", "Nicaraguan National Police", "PublicBody", "Nicaragua", "Global Magnitsky", "us"),
]

# People named in corruption and human-rights designations, with the role the story gives them.
BUSINESS = [
    ("Oleg Deripaska", "founder", "Basic Element", "Russia"),
    ("Viktor Vekselberg", "chairman", "Renova Group", "Russia"),
    ("Arkady Rotenberg", "co-owner", "SGM Group", "Russia"),
    ("Alisher Usmanov", "founder", "USM Holdings", "Russia"),
    ("Roman Abramovich", "owner", "Evraz", "Russia"),
    ("Suleiman Kerimov", "owner", "Polyus", "Russia"),
    ("Dan Gertler", "founder", "Fleurette Group", "Democratic Republic of the Congo"),
    ("Yevgeniy Prigozhin", "financier", "Wagner Group", "Russia"),
    ("Samark López Bello", "owner", "Profit Corporation", "Venezuela"),
    ("Alex Saab", "owner", "Group Grand Limited", "Venezuela"),
]

# The people who announce actions, and the bodies they speak for.
SPOKESPEOPLE = [
    ("Janet L. Yellen", "Secretary of the Treasury", "U.S. Department of the Treasury", "us"),
    ("Brian E. Nelson", "Under Secretary of the Treasury for Terrorism and Financial Intelligence", "U.S. Department of the Treasury", "us"),
    ("Andrea M. Gacki", "Director", "Office of Foreign Assets Control", "us"),
    ("Wally Adeyemo", "Deputy Secretary of the Treasury", "U.S. Department of the Treasury", "us"),
    ("Antony J. Blinken", "Secretary of State", "U.S. Department of State", "us"),
    ("Steven T. Mnuchin", "Secretary of the Treasury", "U.S. Department of the Treasury", "us"),
    ("Sigal Mandelker", "Under Secretary of the Treasury for Terrorism and Financial Intelligence", "U.S. Department of the Treasury", "us"),
    ("Josep Borrell", "High Representative for Foreign Affairs and Security Policy", "Council of the European Union", "eu"),
    ("Kaja Kallas", "High Representative for Foreign Affairs and Security Policy", "Council of the European Union", "eu"),
    ("Liz Truss", "Foreign Secretary", "Foreign, Commonwealth and Development Office", "uk"),
    ("James Cleverly", "Foreign Secretary", "Foreign, Commonwealth and Development Office", "uk"),
    ("David Lammy", "Foreign Secretary", "Foreign, Commonwealth and Development Office", "uk"),
]

AUTHORITIES = {
    "us": ["the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC)", "the Treasury Department",
           "the Office of Foreign Assets Control", "the U.S. Department of State", "OFAC"],
    "eu": ["the Council of the European Union", "the Council"],
    "uk": ["the Foreign, Commonwealth and Development Office", "the UK government", "the Office of Financial Sanctions Implementation"],
}
AUTHORITY_SHORT = {"us": "OFAC", "eu": "the Council", "uk": "the UK"}
AUTHORITY_CANONICAL = {"us": "Office of Foreign Assets Control", "eu": "Council of the European Union",
                       "uk": "Foreign, Commonwealth and Development Office"}

PROGRAM_TEXT = {
    "E.O. 13553": "E.O. 13553, which targets Iranian officials responsible for serious human rights abuses",
    "E.O. 13224": "E.O. 13224, the counterterrorism authority",
    "IRAN-HR": "E.O. 13553 (IRAN-HR)",
    "E.O. 14024": "E.O. 14024, which authorizes sanctions over the Russian Federation's harmful foreign activities",
    "E.O. 14038": "E.O. 14038, which blocks property of additional persons contributing to the situation in Belarus",
    "E.O. 13405": "E.O. 13405 regarding undermining democratic processes in Belarus",
    "E.O. 13692": "E.O. 13692, as amended, concerning the situation in Venezuela",
    "E.O. 13850": "E.O. 13850, which covers the oil sector of the Venezuelan economy",
    "E.O. 14014": "E.O. 14014, issued in response to the military coup in Burma",
    "E.O. 13687": "E.O. 13687, which targets the Government of North Korea and the Workers' Party of Korea",
    "E.O. 13382": "E.O. 13382, the nonproliferation authority",
    "E.O. 13722": "E.O. 13722 concerning the Government of North Korea",
    "Caesar Act": "the Caesar Syria Civilian Protection Act",
    "E.O. 13572": "E.O. 13572 concerning human rights abuses in Syria",
    "E.O. 13851": "E.O. 13851, which addresses the situation in Nicaragua",
    "Global Magnitsky": "E.O. 13818, which builds upon and implements the Global Magnitsky Human Rights Accountability Act",
}

# Front companies and vessels are made from parts, so a large corpus keeps meeting new ones.
FRONT_PREFIX = ["Golden", "Silver", "Crescent", "Northern", "Pacific", "Caspian", "Amber", "Orient", "Falcon", "Delta",
                "Sapphire", "Granite", "Atlas", "Meridian", "Zenith", "Polar", "Baltic", "Emerald", "Summit", "Harbor"]
FRONT_CORE = ["Star", "Bridge", "Gate", "Line", "Wave", "Energy", "Petro", "Trade", "Link", "Crest",
              "Horizon", "Anchor", "Global", "Sun", "Pearl", "Rock", "Field", "Path", "Point", "Shore"]
FRONT_KIND = ["Trading", "Shipping", "Logistics", "Petrochemical", "Holdings", "General Trading", "Marine Services",
              "Investment", "Industrial", "Technologies"]
FRONT_SUFFIX = {"United Arab Emirates": "FZE", "Hong Kong": "Limited", "Türkiye": "A.S.", "Cyprus": "Ltd",
                "Malaysia": "Sdn Bhd", "Singapore": "Pte. Ltd.", "Marshall Islands": "Inc."}
VESSEL_WORDS = ["Ocean", "Aurora", "Nova", "Unity", "Fortune", "Triumph", "Serenity", "Legend", "Jasmine", "Lotus", "Courage", "Liberty"]

# --------------------------------------------------------------------------------------------
# Phrasing
# --------------------------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
CITIES = {"us": ["WASHINGTON"], "eu": ["Brussels", "Luxembourg"], "uk": ["London"]}

CONDUCT = {
    "Iran": ["the violent suppression of peaceful protests", "the detention and abuse of journalists and activists",
             "shutting down internet access during nationwide demonstrations"],
    "Russia": ["the unprovoked invasion of Ukraine", "efforts to evade sanctions through third countries",
               "the poisoning and imprisonment of opposition figures"],
    "Belarus": ["the fraudulent presidential election and the crackdown that followed it", "the forced diversion of a passenger flight",
                "the repression of civil society and independent media"],
    "Venezuela": ["the dismantling of democratic institutions", "corruption in the state oil sector",
                  "the repression of political opponents"],
    "Burma": ["the military coup and the killing of unarmed protesters", "airstrikes on civilian villages",
              "the arbitrary detention of elected leaders"],
    "North Korea": ["the unlawful weapons of mass destruction program", "cyber theft that funds the regime's missile program",
                    "ship-to-ship transfers of refined petroleum"],
    "Syria": ["the regime's brutal war against its own people", "obstructing a political settlement of the conflict",
              "the torture of detainees in government prisons"],
    "Nicaragua": ["the violent repression of protesters", "the imprisonment of presidential candidates",
                  "undermining democracy and the rule of law"],
    "Democratic Republic of the Congo": ["opaque mining deals that cost the state hundreds of millions of dollars"],
}

CONTEXT_SENTENCES = [
    "Diplomats said the measures had been prepared over several weeks in coordination with partners in Europe and Asia.",
    "Sanctions experts noted that many of the targets hold few assets in Western banks, which limits the immediate financial effect.",
    "The announcement came a day before foreign ministers were due to meet to discuss further pressure.",
    "Officials said more designations would follow if the conduct continued.",
    "Rights groups welcomed the step but called for the measures to be enforced consistently.",
    "Banks and payment providers have been told to report any attempt to move funds on behalf of the listed persons.",
    "Lawyers for several of those named said they would challenge the listings in court.",
    "The government concerned denounced the decision as interference in its internal affairs.",
    "Trade data show that exports to the region have fallen sharply since the first round of measures.",
    "Shipping analysts said tankers linked to the network had switched off their transponders for long stretches of their voyages.",
    "Compliance officers at several banks said the listings would be screened against existing customer records within hours.",
    "Analysts cautioned that enforcement depends on the willingness of third countries to follow suit.",
    "An official briefing reporters on condition of anonymity said the targets were chosen for their role in the decision-making chain.",
    "Markets showed little reaction to the news, which had been widely expected.",
    "Opposition figures in exile urged Western capitals to go further and target family members who hold assets abroad.",
]

BOILERPLATE_US = [
    "As a result of today's action, all property and interests in property of the designated persons described above that are in "
    "the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.",
    "In addition, any entities that are owned, directly or indirectly, individually or in the aggregate, 50 percent or more by one "
    "or more blocked persons are also blocked.",
    "Unless authorized by a general or specific license issued by OFAC, or exempt, OFAC's regulations generally prohibit all "
    "transactions by U.S. persons or within the United States that involve any property or interests in property of designated persons.",
    "The power and integrity of OFAC sanctions derive not only from OFAC's ability to designate and add persons to the SDN List, "
    "but also from its willingness to remove persons from the SDN List consistent with the law.",
]
BOILERPLATE_EU = [
    "Those listed are subject to an asset freeze, and EU citizens and companies are forbidden from making funds available to them.",
    "Natural persons are additionally subject to a travel ban, which prevents them from entering or transiting through EU territory.",
    "The legal acts adopted today have been published in the Official Journal of the EU.",
]
BOILERPLATE_UK = [
    "The individuals will be subject to an asset freeze and a travel ban, and UK citizens and businesses are prohibited from dealing with them.",
    "The sanctions were imposed under the UK's autonomous sanctions regime, and the details have been added to the consolidated list.",
]


@dataclass
class Fact:
    """One relation a generated document states: kind, subject, object, extras."""

    kind: str  # holds_role, designated_by, part_of
    subject: tuple[str, str]  # (name, type)
    object: tuple[str, str]
    role: str | None = None
    program: str | None = None


@dataclass
class GeneratedDoc:
    path: str  # relative path; for jsonl records, the file path and a record id
    text: str
    style: str
    facts: list[Fact] = field(default_factory=list)
    record_id: str | None = None


class _Writer:
    """Builds one document from the lists above, keeping track of the facts it states."""

    def __init__(self, rng: random.Random, index: int) -> None:
        self.rng = rng
        self.index = index
        self.facts: list[Fact] = []
        self.year = 2017 + index % 8
        self.month = rng.choice(MONTHS)
        self.day = rng.randint(1, 28)

    # -- pieces ---------------------------------------------------------------------------
    def date(self) -> str:
        return f"{self.month} {self.day}, {self.year}"

    def company(self) -> tuple[str, str]:
        rng = self.rng
        country = rng.choice(sorted(FRONT_SUFFIX))
        name = f"{rng.choice(FRONT_PREFIX)} {rng.choice(FRONT_CORE)} {rng.choice(FRONT_KIND)} {FRONT_SUFFIX[country]}"
        return name, country

    def vessel(self) -> str:
        return f"{self.rng.choice(VESSEL_WORDS).upper()} {self.rng.randint(1, 9)}"

    def officials(self, family: str | None, k: int) -> list[Official]:
        pool = [o for o in OFFICIALS if family is None or o.family == family] or OFFICIALS
        return self.rng.sample(pool, min(k, len(pool)))

    def role_sentence(self, o: Official) -> str:
        self.facts.append(Fact("holds_role", (o.name, "Person"), (o.org, o.org_type), role=o.title))
        forms = [
            f"{o.name}, the {o.title} of the {o.org}, was among those named.",
            f"{o.name} serves as {o.title} of the {o.org}.",
            f"{o.name}, who is the {o.title} of the {o.org}, has held the post for several years.",
            f"As {o.title} of the {o.org}, {o.name} oversees its day-to-day operations.",
            f"{o.name} was appointed {o.title} of the {o.org} and remains in that position.",
            f"The {o.org} is led by its {o.title}, {o.name}.",
        ]
        if o.org_type == "Company":
            forms.append(f"{o.name} is the {o.title} of {o.org}, one of the country's largest companies.")
        return self.rng.choice(forms)

    def designation_sentence(self, target: str, target_type: str, family: str, program: str | None, conduct: str) -> str:
        authority = self.rng.choice(AUTHORITIES[family])
        program_text = PROGRAM_TEXT.get(program or "", program or "")
        self.facts.append(Fact("designated_by", (target, target_type), (AUTHORITY_CANONICAL[family], "PublicBody"), program=program))
        cap = authority[0].upper() + authority[1:]
        if family == "us":
            forms = [
                f"{cap} designated {target} pursuant to {program_text} for {conduct}.",
                f"{target} is being designated pursuant to {program_text}.",
                f"{target} was designated today by {authority} for {conduct}.",
                f"Today, {authority} sanctioned {target} for {conduct}.",
                f"{cap} today added {target} to the Specially Designated Nationals and Blocked Persons List.",
            ]
        elif family == "eu":
            forms = [
                f"{cap} today imposed restrictive measures on {target} over {conduct}.",
                f"{cap} decided to sanction {target}, who is considered responsible for {conduct}.",
                f"{target} has been sanctioned by {authority} for {conduct}.",
            ]
        else:
            forms = [
                f"{cap} has sanctioned {target} for {conduct}.",
                f"{target} was sanctioned by {authority} over {conduct}.",
                f"{cap} today imposed sanctions on {target}, citing {conduct}.",
            ]
        return self.rng.choice(forms)

    def front_paragraph(self, family: str, program: str | None) -> list[str]:
        parent_name, parent_country = self.company()
        child_name, _ = self.company()
        if child_name == parent_name:
            child_name = child_name.replace(" ", " Global ", 1)
        self.facts.append(Fact("part_of", (child_name, "Company"), (parent_name, "Company")))
        conduct = self.rng.choice(["helping to move oil on behalf of the network", "procuring sensitive components",
                                   "laundering the proceeds of state contracts", "arranging shipments that evade the price cap"])
        sentences = [
            self.designation_sentence(parent_name, "Company", family, program, conduct),
            self.rng.choice([
                f"{child_name}, a subsidiary of {parent_name}, was also identified.",
                f"{child_name} is a subsidiary of {parent_name} and handles its payments.",
                f"{parent_name} controls {child_name}, a firm registered in {parent_country}.",
            ]),
        ]
        if self.rng.random() < 0.5:
            vessel = self.vessel()
            sentences.append(f"The vessel {vessel}, which {parent_name} operates, was identified as blocked property.")
        return sentences

    def quote(self, family: str) -> str:
        who = [s for s in SPOKESPEOPLE if s[3] == family]
        name, title, org, _ = self.rng.choice(who)
        self.facts.append(Fact("holds_role", (name, "Person"), (org, "PublicBody"), role=title))
        said = self.rng.choice([
            "will continue to hold accountable those who enable these abuses",
            "is determined to cut off the resources that sustain this conduct",
            "stands with the people who are paying the price for their leaders' choices",
            "will use every tool available to expose and disrupt these networks",
        ])
        verb = self.rng.choice(["said", "said in a statement", "told reporters"])
        inverted = self.rng.choice(["said", "added"])
        subject = {"us": "The United States", "eu": "The European Union", "uk": "The United Kingdom"}[family]
        return self.rng.choice([
            f"\"{subject} {said},\" {inverted} {title} {name}.",
            f"\"{subject} {said},\" {name}, the {title}, {verb}.",
        ])

    def context(self, k: int) -> list[str]:
        return self.rng.sample(CONTEXT_SENTENCES, k)

    # -- bodies -----------------------------------------------------------------------------
    def target_paragraphs(self, family: str, n: int) -> list[list[str]]:
        paragraphs = []
        for o in self.officials(family, n):
            conduct = self.rng.choice(CONDUCT[o.country])
            para = [self.role_sentence(o), self.designation_sentence(o.name, "Person", family, o.program, conduct)]
            if self.rng.random() < 0.4:
                para.append(self.rng.choice(CONTEXT_SENTENCES))
            if self.rng.random() < 0.3:
                para.insert(0, para.pop())  # designation first, then the role
            paragraphs.append(para)
        if self.rng.random() < 0.5:
            name, role, org, country = self.rng.choice(BUSINESS)
            self.facts.append(Fact("holds_role", (name, "Person"), (org, "Company"), role=role))
            paragraphs.append([
                f"{name}, the {role} of {org}, was also listed.",
                self.designation_sentence(name, "Person", family, None, self.rng.choice(CONDUCT[country])),
            ])
        if self.rng.random() < 0.6:
            paragraphs.append(self.front_paragraph(family, self.rng.choice(OFFICIALS).program))
        return paragraphs


def _press_release(w: _Writer, family: str, size: int) -> tuple[str, str]:
    rng = w.rng
    subject = rng.choice(["Human Rights Abusers", "Senior Officials", "Sanctions Evasion Network", "Regime Insiders",
                          "Security Chiefs", "Corrupt Actors", "Procurement Network"])
    head = {
        "us": rng.choice([f"Treasury Sanctions {subject}", f"Treasury Targets {subject}", f"OFAC Designates {subject}"]),
        "eu": rng.choice([f"Council Adopts Restrictive Measures Against {subject}", f"EU Lists Additional {subject}"]),
        "uk": rng.choice([f"UK Sanctions {subject}", f"New UK Sanctions Target {subject}"]),
    }[family]
    lead = {
        "us": f"{rng.choice(CITIES['us'])} — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "
              f"is taking action against {size + 1} individuals and entities.",
        "eu": f"The Council today adopted restrictive measures against {size + 1} additional individuals and entities.",
        "uk": f"The UK has today announced sanctions on {size + 1} individuals and entities.",
    }[family]
    parts = [head, w.date(), lead]
    for para in w.target_paragraphs(family, size):
        parts.append(" ".join(para))
    parts.append(w.quote(family))
    parts.append(" ".join({"us": BOILERPLATE_US, "eu": BOILERPLATE_EU, "uk": BOILERPLATE_UK}[family][: rng.randint(2, 4)]))
    return head, "\n\n".join(parts)


def _news_story(w: _Writer, family: str, size: int) -> tuple[str, str]:
    rng = w.rng
    actor = {"us": "U.S.", "eu": "EU", "uk": "Britain"}[family]
    head = rng.choice([f"{actor} Imposes New Sanctions on Officials and Companies",
                       f"{actor} Blacklists Officials Over Abuses", f"{actor} Widens Sanctions in Fresh Round"])
    city = rng.choice(["Washington", "Brussels", "London", "Geneva"])
    lead = (f"{city} ({rng.choice(['Wire', 'Staff', 'News desk'])}) — {actor} authorities on {rng.choice(WEEKDAYS)} announced "
            f"sanctions against several officials and companies, the latest in a series of measures.")
    parts = [head, f"{w.date()} — {city} bureau", lead]
    for para in w.target_paragraphs(family, size):
        parts.append(" ".join(para + w.context(rng.randint(0, 2))))
    parts.append(w.quote(family))
    parts.append(" ".join(w.context(rng.randint(2, 4))))
    return head, "\n\n".join(parts)


def _brief(w: _Writer, family: str) -> tuple[str, str]:
    paras = w.target_paragraphs(family, 1)
    return "Brief", " ".join(s for p in paras for s in p)


def _as_markdown(head: str, body: str) -> str:
    lines = body.split("\n\n")
    return "\n\n".join([f"# {head}", f"*{lines[1]}*", *lines[2:]]) + "\n"


def _as_html(head: str, body: str) -> str:
    lines = body.split("\n\n")
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in lines[2:])
    return (f"<html><head><title>{html.escape(head)}</title></head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/press'>Press releases</a></nav>"
            f"<article><h1>{html.escape(head)}</h1><p class='date'>{html.escape(lines[1])}</p>\n{paras}</article>"
            f"<footer>Subscribe to our updates. Privacy policy. Contact us.</footer></body></html>\n")


def iter_documents(n: int, seed: int = 7, size: int = 4) -> Iterator[GeneratedDoc]:
    """`n` documents (a jsonl file counts each record); `size` ~ target paragraphs per document (~70 words each)."""
    rng = random.Random(seed)
    i = 0
    while i < n:
        w = _Writer(random.Random(rng.getrandbits(64)), i)
        family = w.rng.choices(["us", "eu", "uk"], weights=[6, 2, 2])[0]
        roll = w.rng.random()
        k = max(1, size + w.rng.randint(-1, 1))
        if roll < 0.06 and n - i >= 3:
            # a jsonl file of wire briefs
            records = []
            facts: list[Fact] = []
            for j in range(min(n - i, w.rng.randint(3, 6))):
                bw = _Writer(random.Random(w.rng.getrandbits(64)), i + j)
                _, text = _brief(bw, bw.rng.choice(["us", "eu", "uk"]))
                records.append((f"b{j + 1}", text, bw.date()))
                facts.extend(bw.facts)
            body = "\n".join(json.dumps({"id": rid, "text": t, "date": d}, ensure_ascii=False) for rid, t, d in records) + "\n"
            yield GeneratedDoc(f"wire/briefs-{i:06d}.jsonl", body, "wire", facts)
            i += len(records)
            continue
        if roll < 0.55:
            head, text = _press_release(w, family, k)
            style, folder = f"press-{family}", "press"
        else:
            head, text = _news_story(w, family, k)
            style, folder = "news", "news"
        fmt = w.rng.choices(["txt", "md", "html"], weights=[6, 3, 1])[0]
        if fmt == "md":
            text = _as_markdown(head, text)
        elif fmt == "html":
            text = _as_html(head, text)
        else:
            text += "\n"
        yield GeneratedDoc(f"{folder}/{i // 1000:03d}/{style}-{i:06d}.{fmt}", text, style, w.facts)
        i += 1


def write_corpus(folder: str | Path, n: int, seed: int = 7, size: int = 4) -> dict[str, int]:
    """Write `n` documents under `folder`; returns {"files", "documents", "bytes"}."""
    root = Path(folder)
    files = docs = nbytes = 0
    for gdoc in iter_documents(n, seed=seed, size=size):
        path = root / gdoc.path
        path.parent.mkdir(parents=True, exist_ok=True)
        data = gdoc.text.encode("utf-8")
        path.write_bytes(data)
        files += 1
        docs += gdoc.text.count("\n") if gdoc.path.endswith(".jsonl") else 1
        nbytes += len(data)
    return {"files": files, "documents": docs, "bytes": nbytes}


def iter_facts(n_docs: int, seed: int = 7, size: int = 4) -> Iterator[tuple[str, list[Fact]]]:
    """(document id, facts) for `n_docs` synthetic documents, without writing text (for large graphs).

    Front companies get a numeric suffix per document batch so a big graph keeps growing in
    entities the way a real corpus does, instead of repeating the same few hundred names.
    """
    rng = random.Random(seed)
    for i in range(n_docs):
        w = _Writer(random.Random(rng.getrandbits(64)), i)
        family = w.rng.choices(["us", "eu", "uk"], weights=[6, 2, 2])[0]
        w.target_paragraphs(family, max(1, size + w.rng.randint(-1, 1)))
        w.quote(family)
        generation = i // 50
        facts = []
        for f in w.facts:
            if f.subject[1] == "Company" and f.subject[0] not in {b[2] for b in BUSINESS} and f.kind != "holds_role":
                f = Fact(f.kind, (f"{f.subject[0]} {generation}", "Company"),
                         (f"{f.object[0]} {generation}", "Company") if f.kind == "part_of" else f.object, f.role, f.program)
            facts.append(f)
        yield f"synthetic/{i:07d}.txt", facts


def word_count(text: str) -> int:
    return len(text.split())


if __name__ == "__main__":  # pragma: no cover - manual use: python benchmarks/corpus.py OUT N
    import sys

    print(write_corpus(sys.argv[1], int(sys.argv[2]), seed=int(sys.argv[3]) if len(sys.argv) > 3 else 7))
