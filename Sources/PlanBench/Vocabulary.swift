/// Words for generated plans, taken from the seed plans' own language (Dutch, as the
/// source writes it; accents included, so that folding is exercised).
enum Vocabulary {
    /// Sixty Flemish towns, one per primary-care zone of a region (ASCII, so that SQL's
    /// `lower()` and planq's folding order names alike).
    static let towns = [
        "Aalst", "Aarschot", "Antwerpen", "Asse", "Beringen", "Bilzen", "Boom", "Brasschaat", "Brugge", "Deinze",
        "Dendermonde", "Diest", "Dilbeek", "Eeklo", "Geel", "Genk", "Gent", "Geraardsbergen", "Halle", "Hasselt",
        "Herentals", "Heist", "Ieper", "Izegem", "Kortrijk", "Leuven", "Lier", "Lokeren", "Lommel", "Maaseik",
        "Mechelen", "Menen", "Mol", "Ninove", "Oostende", "Oudenaarde", "Poperinge", "Roeselare", "Ronse",
        "Sint-Niklaas", "Sint-Truiden", "Temse", "Tienen", "Tongeren", "Torhout", "Turnhout", "Veurne",
        "Vilvoorde", "Waregem", "Wetteren", "Zaventem", "Zele", "Zottegem", "Zwevegem", "Tielt", "Diksmuide",
        "Landen", "Haacht", "Bree", "Peer",
    ]

    static let actions = [
        "Uitbouw van", "Opstart van", "Versterken van", "Evaluatie van", "Sensibiliseringscampagne rond",
        "Inspiratiedag over", "Werkgroep rond", "Vorming over", "Verkenning van", "Uitrol van", "Afstemming rond",
        "Opvolging van", "Communicatie over", "Proeftuin voor", "Netwerkmoment rond", "Exploratiegesprekken over",
    ]

    static let topics = [
        "buurtteams", "zorgzame buurten", "mantelzorg", "jonge mantelzorgers", "vroegtijdige zorgplanning (ELP)",
        "valpreventie", "suïcidepreventie", "geestelijke gezondheid (GGZ)", "zorgcoördinatie en casemanagement",
        "digitale gegevensdeling", "medicatieschema's", "kankerscreening", "cardiovasculair risicoprofiel",
        "ouderenzorg", "kwetsbare zwangerschappen", "toegang tot zorg", "eerstelijnspsychologische zorg",
        "dementievriendelijke buurten", "armoede en gezondheid", "eenzaamheid bij ouderen", "thuiszorg",
        "palliatieve zorg", "diabeteszorg", "population health management", "de werking van de Zorgraad",
        "goed bestuur", "multidisciplinair overleg", "patiëntenparticipatie", "vaccinatie", "gezondheidsbevordering",
    ]

    static let scopes = [
        "", "", "", " voor kwetsbare gezinnen", " met de eerstelijn", " in de regio", " samen met de ziekenhuizen",
        " voor nieuwkomers", " in de buurt", " voor zorgverleners",
    ]

    static let targetGroups = [
        "Huisartsen en apothekers van de zone", "Kwetsbare ouderen en hun mantelzorgers", "Zorg- en welzijnsactoren",
        "Professionele zorgverleners", "Inwoners van de zone", "Jongeren tussen 12 en 24 jaar",
    ]

    static let phases = ["development", "pilot", "implementation", "roll-out"]

    /// The fifteen columns of the ZZL activity table: the quintuple aim, then integration tasks.
    static let themes: [(name: String, family: String)] = [
        ("Ervaring Patiënt", "quintuple-aim"), ("Meer waarde met beschikbare middelen", "quintuple-aim"),
        ("Gezondheid bewaking", "quintuple-aim"), ("Equity", "quintuple-aim"),
        ("Jobtevredenheid zorgactoren", "quintuple-aim"),
        ("Patiënt centraal en empowerment", "integration-task"),
        ("Ondersteuning van het informeel netwerk", "integration-task"),
        ("Zorg en welzijn in een bredere context", "integration-task"),
        ("Preventie en gezondheidsbevordering", "integration-task"),
        ("Versterking van zorgcapaciteit", "integration-task"),
        ("Horizontale en verticale integratie van zorg & welzijn", "integration-task"),
        ("Innovatie en verbetering van zorg & welzijn", "integration-task"),
        ("Innovatie van zorgproces en zorgpad", "integration-task"),
        ("Kwaliteitscultuur installeren", "integration-task"),
        ("Datamanagement en population health management", "integration-task"),
    ]

    static let eventTitles = [
        "Overleg met het Bestuursorgaan", "Netwerkmoment met de partners", "Algemene Vergadering",
        "Start van de werkgroep", "Inspiratiebezoek", "Evaluatiemoment", "Indiening van het plan",
        "Consultatie van de stuurgroep",
    ]

    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"]
}
