/// One golden rule of sentence segmentation: a text and the sentences it must split into.
struct GoldenRule: Sendable, CustomStringConvertible {
    let number: Int
    let text: String
    let sentences: [String]

    init(_ number: Int, _ text: String, _ sentences: [String]) {
        self.number = number
        self.text = text
        self.sentences = sentences
    }

    var description: String { "#\(number) \(text.prefix(50))" }
}

/// The Golden Rules of the Pragmatic Segmenter as pySBD 0.3.3 ships them (MIT, Copyright (c) 2019 Nipun
/// Sadvilkar): the English rules from `benchmarks/english_golden_rules.py`, the German ones from
/// `tests/lang/test_deutsch.py` (golden, clean and PDF cases; PDF cases join broken lines, so the tests compare
/// with white space collapsed), plus the three cases of the Pragmatic Segmenter's German spec that pySBD leaves
/// out (a PDF list page, a broken line before a noun, a DOCX exercise). The one pySBD clean case that rewrites
/// `z.B.` to `z. B.` is left out: a segmenter that keeps the text cannot meet it.
enum GoldenRules {
    static let english: [GoldenRule] = [
        GoldenRule(
            1,
            "Hello World. My name is Jonas.",
            [
                "Hello World.",
                "My name is Jonas.",
            ]),
        GoldenRule(
            2,
            "What is your name? My name is Jonas.",
            [
                "What is your name?",
                "My name is Jonas.",
            ]),
        GoldenRule(
            3,
            "There it is! I found it.",
            [
                "There it is!",
                "I found it.",
            ]),
        GoldenRule(
            4,
            "My name is Jonas E. Smith.",
            [
                "My name is Jonas E. Smith.",
            ]),
        GoldenRule(
            5,
            "Please turn to p. 55.",
            [
                "Please turn to p. 55.",
            ]),
        GoldenRule(
            6,
            "Were Jane and co. at the party?",
            [
                "Were Jane and co. at the party?",
            ]),
        GoldenRule(
            7,
            "They closed the deal with Pitt, Briggs & Co. at noon.",
            [
                "They closed the deal with Pitt, Briggs & Co. at noon.",
            ]),
        GoldenRule(
            8,
            "Let's ask Jane and co. They should know.",
            [
                "Let's ask Jane and co.",
                "They should know.",
            ]),
        GoldenRule(
            9,
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            [
                "They closed the deal with Pitt, Briggs & Co.",
                "It closed yesterday.",
            ]),
        GoldenRule(
            10,
            "I can see Mt. Fuji from here.",
            [
                "I can see Mt. Fuji from here.",
            ]),
        GoldenRule(
            11,
            "St. Michael's Church is on 5th st. near the light.",
            [
                "St. Michael's Church is on 5th st. near the light.",
            ]),
        GoldenRule(
            12,
            "That is JFK Jr.'s book.",
            [
                "That is JFK Jr.'s book.",
            ]),
        GoldenRule(
            13,
            "I visited the U.S.A. last year.",
            [
                "I visited the U.S.A. last year.",
            ]),
        GoldenRule(
            14,
            "I live in the E.U. How about you?",
            [
                "I live in the E.U.",
                "How about you?",
            ]),
        GoldenRule(
            15,
            "I live in the U.S. How about you?",
            [
                "I live in the U.S.",
                "How about you?",
            ]),
        GoldenRule(
            16,
            "I work for the U.S. Government in Virginia.",
            [
                "I work for the U.S. Government in Virginia.",
            ]),
        GoldenRule(
            17,
            "I have lived in the U.S. for 20 years.",
            [
                "I have lived in the U.S. for 20 years.",
            ]),
        GoldenRule(
            18,
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
            [
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left the bank at 6 P.M.",
                "Mr. Smith then went to the store.",
            ]),
        GoldenRule(
            19,
            "She has $100.00 in her bag.",
            [
                "She has $100.00 in her bag.",
            ]),
        GoldenRule(
            20,
            "She has $100.00. It is in her bag.",
            [
                "She has $100.00.",
                "It is in her bag.",
            ]),
        GoldenRule(
            21,
            "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            [
                "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            ]),
        GoldenRule(
            22,
            "Her email is Jane.Doe@example.com. I sent her an email.",
            [
                "Her email is Jane.Doe@example.com.",
                "I sent her an email.",
            ]),
        GoldenRule(
            23,
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
            [
                "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                "Please check it out.",
            ]),
        GoldenRule(
            24,
            "She turned to him, 'This is great.' she said.",
            [
                "She turned to him, 'This is great.' she said.",
            ]),
        GoldenRule(
            25,
            "She turned to him, \"This is great.\" she said.",
            [
                "She turned to him, \"This is great.\" she said.",
            ]),
        GoldenRule(
            26,
            "She turned to him, \"This is great.\" She held the book out to show him.",
            [
                "She turned to him, \"This is great.\"",
                "She held the book out to show him.",
            ]),
        GoldenRule(
            27,
            "Hello!! Long time no see.",
            [
                "Hello!!",
                "Long time no see.",
            ]),
        GoldenRule(
            28,
            "Hello?? Who is there?",
            [
                "Hello??",
                "Who is there?",
            ]),
        GoldenRule(
            29,
            "Hello!? Is that you?",
            [
                "Hello!?",
                "Is that you?",
            ]),
        GoldenRule(
            30,
            "Hello?! Is that you?",
            [
                "Hello?!",
                "Is that you?",
            ]),
        GoldenRule(
            31,
            "1.) The first item 2.) The second item",
            [
                "1.) The first item",
                "2.) The second item",
            ]),
        GoldenRule(
            32,
            "1.) The first item. 2.) The second item.",
            [
                "1.) The first item.",
                "2.) The second item.",
            ]),
        GoldenRule(
            33,
            "1) The first item 2) The second item",
            [
                "1) The first item",
                "2) The second item",
            ]),
        GoldenRule(
            34,
            "1) The first item. 2) The second item.",
            [
                "1) The first item.",
                "2) The second item.",
            ]),
        GoldenRule(
            35,
            "1. The first item 2. The second item",
            [
                "1. The first item",
                "2. The second item",
            ]),
        GoldenRule(
            36,
            "1. The first item. 2. The second item.",
            [
                "1. The first item.",
                "2. The second item.",
            ]),
        GoldenRule(
            37,
            "• 9. The first item • 10. The second item",
            [
                "• 9. The first item",
                "• 10. The second item",
            ]),
        GoldenRule(
            38,
            "⁃9. The first item ⁃10. The second item",
            [
                "⁃9. The first item",
                "⁃10. The second item",
            ]),
        GoldenRule(
            39,
            "a. The first item b. The second item c. The third list item",
            [
                "a. The first item",
                "b. The second item",
                "c. The third list item",
            ]),
        GoldenRule(
            40,
            "You can find it at N°. 1026.253.553. That is where the treasure is.",
            [
                "You can find it at N°. 1026.253.553.",
                "That is where the treasure is.",
            ]),
        GoldenRule(
            41,
            "She works at Yahoo! in the accounting department.",
            [
                "She works at Yahoo! in the accounting department.",
            ]),
        GoldenRule(
            42,
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            [
                "We make a good team, you and I.",
                "Did you see Albert I. Jones yesterday?",
            ]),
        GoldenRule(
            43,
            """
            Thoreau argues that by simplifying one’s life, “the laws of the universe will appear l\
            ess complex. . . .”
            """,
            [
                """
                Thoreau argues that by simplifying one’s life, “the laws of the universe will appe\
                ar less complex. . . .”
                """,
            ]),
        GoldenRule(
            44,
            "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
            [
                "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
            ]),
        GoldenRule(
            45,
            """
            If words are left off at the end of a sentence, and that is all that is omitted, indic\
            ate the omission with ellipsis marks (preceded and followed by a space) and then indic\
            ate the end of the sentence with a period . . . . Next sentence.
            """,
            [
                """
                If words are left off at the end of a sentence, and that is all that is omitted, i\
                ndicate the omission with ellipsis marks (preceded and followed by a space) and th\
                en indicate the end of the sentence with a period . . . .
                """,
                "Next sentence.",
            ]),
        GoldenRule(
            46,
            "I never meant that.... She left the store.",
            [
                "I never meant that....",
                "She left the store.",
            ]),
        GoldenRule(
            47,
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
            [
                """
                I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I d\
                idn’t mean it.
                """,
            ]),
        GoldenRule(
            48,
            """
            One further habit which was somewhat weakened . . . was that of combining words into s\
            elf-interpreting compounds. . . . The practice was not abandoned. . . .
            """,
            [
                """
                One further habit which was somewhat weakened . . . was that of combining words in\
                to self-interpreting compounds.
                """,
                ". . . The practice was not abandoned. . . .",
            ]),
    ]

    static let german: [GoldenRule] = [
        GoldenRule(
            1,
            """
            „Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.\
            “ Wir haben 1.000.000 Euro.
            """,
            [
                "„Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.“",
                "Wir haben 1.000.000 Euro.",
            ]),
        GoldenRule(
            2,
            """
            Es gibt jedoch einige Vorsichtsmaßnahmen, die Du ergreifen kannst, z. B. ist es sehr e\
            mpfehlenswert, dass Du Dein Zuhause von allem Junkfood befreist.
            """,
            [
                """
                Es gibt jedoch einige Vorsichtsmaßnahmen, die Du ergreifen kannst, z. B. ist es se\
                hr empfehlenswert, dass Du Dein Zuhause von allem Junkfood befreist.
                """,
            ]),
        GoldenRule(
            3,
            "Was sind die Konsequenzen der Abstimmung vom 12. Juni?",
            [
                "Was sind die Konsequenzen der Abstimmung vom 12. Juni?",
            ]),
        GoldenRule(
            4,
            """
            Thomas sagte: ,,Wann kommst zu mir?” ,,Das weiß ich noch nicht“, antwortete Susi, ,,wa\
            hrscheinlich am Sonntag.“ Wir haben 1.000.000 Euro.
            """,
            [
                """
                Thomas sagte: ,,Wann kommst zu mir?” ,,Das weiß ich noch nicht“, antwortete Susi, ,\
                ,wahrscheinlich am Sonntag.“
                """,
                "Wir haben 1.000.000 Euro.",
            ]),
        GoldenRule(
            5,
            "„Lass uns jetzt essen gehen!“, sagte die Mutter zu ihrer Freundin, „am besten zum Italiener.“",
            [
                "„Lass uns jetzt essen gehen!“, sagte die Mutter zu ihrer Freundin, „am besten zum Italiener.“",
            ]),
        GoldenRule(
            6,
            "Wir haben 1.000.000 Euro.",
            [
                "Wir haben 1.000.000 Euro.",
            ]),
        GoldenRule(
            7,
            "Sie bekommen 3,50 Euro zurück.",
            [
                "Sie bekommen 3,50 Euro zurück.",
            ]),
        GoldenRule(
            8,
            "Dafür brauchen wir 5,5 Stunden.",
            [
                "Dafür brauchen wir 5,5 Stunden.",
            ]),
        GoldenRule(
            9,
            "Bitte überweisen Sie 5.300,25 Euro.",
            [
                "Bitte überweisen Sie 5.300,25 Euro.",
            ]),
        GoldenRule(
            10,
            "1. Dies ist eine Punkteliste.",
            [
                "1. Dies ist eine Punkteliste.",
            ]),
        GoldenRule(
            11,
            "Wir trafen Dr. med. Meyer in der Stadt.",
            [
                "Wir trafen Dr. med. Meyer in der Stadt.",
            ]),
        GoldenRule(
            12,
            "Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw.",
            [
                "Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw.",
            ]),
        GoldenRule(
            13,
            "Ich kann u.a. Spanisch sprechen.",
            [
                "Ich kann u.a. Spanisch sprechen.",
            ]),
        GoldenRule(
            14,
            "Frau Prof. Schulze ist z. Z. nicht da.",
            [
                "Frau Prof. Schulze ist z. Z. nicht da.",
            ]),
        GoldenRule(
            15,
            "Sie erhalten ein neues Bank-Statement bzw. ein neues Schreiben.",
            [
                "Sie erhalten ein neues Bank-Statement bzw. ein neues Schreiben.",
            ]),
        GoldenRule(
            16,
            "Z. T. ist die Lieferung unvollständig.",
            [
                "Z. T. ist die Lieferung unvollständig.",
            ]),
        GoldenRule(
            17,
            "Das finden Sie auf S. 225.",
            [
                "Das finden Sie auf S. 225.",
            ]),
        GoldenRule(
            18,
            "Sie besucht eine kath. Schule.",
            [
                "Sie besucht eine kath. Schule.",
            ]),
        GoldenRule(
            19,
            "Wir benötigen Zeitungen, Zeitschriften u. Ä. für unser Projekt.",
            [
                "Wir benötigen Zeitungen, Zeitschriften u. Ä. für unser Projekt.",
            ]),
        GoldenRule(
            20,
            "Das steht auf S. 23, s. vorherige Anmerkung.",
            [
                "Das steht auf S. 23, s. vorherige Anmerkung.",
            ]),
        GoldenRule(
            21,
            "Dies ist meine Adresse: Dr. Meier, Berliner Str. 5, 21234 Bremen.",
            [
                "Dies ist meine Adresse: Dr. Meier, Berliner Str. 5, 21234 Bremen.",
            ]),
        GoldenRule(
            22,
            "Er sagte: „Hallo, wie geht´s Ihnen, Frau Prof. Müller?“",
            [
                "Er sagte: „Hallo, wie geht´s Ihnen, Frau Prof. Müller?“",
            ]),
        GoldenRule(
            23,
            """
            Fit in vier Wochen\n\nDeine Anleitung für eine reine Ernährung und ein gesünderes und g\
            lücklicheres Leben\n\nRECHTLICHE HINWEISE\n\nOhne die ausdrückliche schriftliche Geneh\
            migung der Eigentümerin von instafemmefitness, Anna Anderson, darf dieses E-Book weder t\
            eilweise noch in vollem Umfang reproduziert, gespeichert, kopiert oder auf irgendeine W\
            eise übertragen werden. Wenn Du das E-Book auf einem öffentlich zugänglichen Computer a\
            usdruckst, musst Du es nach dem Ausdrucken von dem Computer löschen. Jedes E-Book wird m\
            it einem Benutzernamen und Transaktionsinformationen versehen.\n\nVerstöße gegen diese\
            s Urheberrecht werden im vollen gesetzlichen Umfang geltend gemacht. Obgleich die Auto\
            rin und Herausgeberin alle Anstrengungen unternommen hat, sicherzustellen, dass die In\
            formationen in diesem Buch zum Zeitpunkt der Drucklegung korrekt sind, übernimmt die A\
            utorin und Herausgeberin keine Haftung für etwaige Verluste, Schäden oder Störungen, d\
            ie durch Fehler oder Auslassungen in Folge von Fahrlässigkeit, zufälligen Umständen od\
            er sonstigen Ursachen entstehen, und lehnt hiermit jedwede solche Haftung ab.\n\nDiese\
            s Buch ist kein Ersatz für die medizinische Beratung durch Ärzte. Der Leser/die Leseri\
            n sollte regelmäßig einen Arzt/eine Ärztin hinsichtlich Fragen zu seiner/ihrer Gesundh\
            eit und vor allem in Bezug auf Symptome, die eventuell einer ärztlichen Diagnose oder B\
            ehandlung bedürfen, konsultieren.\n\nDie Informationen in diesem Buch sind dazu gedach\
            t, ein ordnungsgemäßes Training zu ergänzen, nicht aber zu ersetzen. Wie jeder andere S\
            port, der Geschwindigkeit, Ausrüstung, Gleichgewicht und Umweltfaktoren einbezieht, st\
            ellt dieser Sport ein gewisses Risiko dar. Die Autorin und Herausgeberin rät den Leser\
            n dazu, die volle Verantwortung für die eigene Sicherheit zu übernehmen und die eigene\
            n Grenzen zu beachten. Vor dem Ausüben der in diesem Buch beschriebenen Übungen sollte\
            st Du sicherstellen, dass Deine Ausrüstung in gutem Zustand ist, und Du solltest keine R\
            isiken außerhalb Deines Erfahrungs- oder Trainingsniveaus, Deiner Fähigkeiten oder Dei\
            nes Komfortbereichs eingehen.\nHintergrundillustrationen Urheberrecht © 2013 bei Shutt\
            ershock, Buchgestaltung und -produktion durch Anna Anderson Verfasst von Anna Anderson\
            \nUrheberrecht © 2014 Instafemmefitness. Alle Rechte vorbehalten\n\nÜber mich
            """,
            [
                "Fit in vier Wochen",
                "Deine Anleitung für eine reine Ernährung und ein gesünderes und glücklicheres Leben",
                "RECHTLICHE HINWEISE",
                """
                Ohne die ausdrückliche schriftliche Genehmigung der Eigentümerin von instafemmefit\
                ness, Anna Anderson, darf dieses E-Book weder teilweise noch in vollem Umfang repr\
                oduziert, gespeichert, kopiert oder auf irgendeine Weise übertragen werden.
                """,
                """
                Wenn Du das E-Book auf einem öffentlich zugänglichen Computer ausdruckst, musst Du e\
                s nach dem Ausdrucken von dem Computer löschen.
                """,
                "Jedes E-Book wird mit einem Benutzernamen und Transaktionsinformationen versehen.",
                "Verstöße gegen dieses Urheberrecht werden im vollen gesetzlichen Umfang geltend gemacht.",
                """
                Obgleich die Autorin und Herausgeberin alle Anstrengungen unternommen hat, sicherz\
                ustellen, dass die Informationen in diesem Buch zum Zeitpunkt der Drucklegung korr\
                ekt sind, übernimmt die Autorin und Herausgeberin keine Haftung für etwaige Verlus\
                te, Schäden oder Störungen, die durch Fehler oder Auslassungen in Folge von Fahrlä\
                ssigkeit, zufälligen Umständen oder sonstigen Ursachen entstehen, und lehnt hiermi\
                t jedwede solche Haftung ab.
                """,
                "Dieses Buch ist kein Ersatz für die medizinische Beratung durch Ärzte.",
                """
                Der Leser/die Leserin sollte regelmäßig einen Arzt/eine Ärztin hinsichtlich Fragen z\
                u seiner/ihrer Gesundheit und vor allem in Bezug auf Symptome, die eventuell einer ä\
                rztlichen Diagnose oder Behandlung bedürfen, konsultieren.
                """,
                """
                Die Informationen in diesem Buch sind dazu gedacht, ein ordnungsgemäßes Training z\
                u ergänzen, nicht aber zu ersetzen.
                """,
                """
                Wie jeder andere Sport, der Geschwindigkeit, Ausrüstung, Gleichgewicht und Umweltf\
                aktoren einbezieht, stellt dieser Sport ein gewisses Risiko dar.
                """,
                """
                Die Autorin und Herausgeberin rät den Lesern dazu, die volle Verantwortung für die e\
                igene Sicherheit zu übernehmen und die eigenen Grenzen zu beachten.
                """,
                """
                Vor dem Ausüben der in diesem Buch beschriebenen Übungen solltest Du sicherstellen\
                , dass Deine Ausrüstung in gutem Zustand ist, und Du solltest keine Risiken außerh\
                alb Deines Erfahrungs- oder Trainingsniveaus, Deiner Fähigkeiten oder Deines Komfo\
                rtbereichs eingehen.
                """,
                """
                Hintergrundillustrationen Urheberrecht © 2013 bei Shuttershock, Buchgestaltung und -\
                produktion durch Anna Anderson Verfasst von Anna Anderson
                """,
                "Urheberrecht © 2014 Instafemmefitness.",
                "Alle Rechte vorbehalten",
                "Über mich",
            ]),
        GoldenRule(
            24,
            """
            Es gibt jedoch einige Vorsichtsmaßnahmen, die Du ergreifen kannst, z. B. ist es sehr e\
            mpfehlenswert, dass Du Dein Zuhause von allem Junkfood befreist. Ich persönlich kaufe k\
            ein Junkfood oder etwas, das nicht rein ist (ich traue mir da selbst nicht!). Ich find\
            e jeden Vorwand, um das Junkfood zu essen, vor allem die Vorstellung, dass ich nicht m\
            ehr in Versuchung kommen werde, wenn ich es jetzt aufesse und es weg ist. Es ist schon k\
            omisch, was unser Verstand mitunter anstellt!
            """,
            [
                """
                Es gibt jedoch einige Vorsichtsmaßnahmen, die Du ergreifen kannst, z. B. ist es se\
                hr empfehlenswert, dass Du Dein Zuhause von allem Junkfood befreist.
                """,
                "Ich persönlich kaufe kein Junkfood oder etwas, das nicht rein ist (ich traue mir da selbst nicht!).",
                """
                Ich finde jeden Vorwand, um das Junkfood zu essen, vor allem die Vorstellung, dass i\
                ch nicht mehr in Versuchung kommen werde, wenn ich es jetzt aufesse und es weg ist\
                .
                """,
                "Es ist schon komisch, was unser Verstand mitunter anstellt!",
            ]),
        GoldenRule(
            25,
            """
            Ob Sie in Hannover nur auf der Durchreise, für einen längeren Aufenthalt oder zum Besu\
            ch einer der zahlreichen Messen sind: Die Hauptstadt des Landes Niedersachsens hat vie\
            le Sehenswürdigkeiten und ist zu jeder Jahreszeit eine Reise Wert. \nHannovers Ursprün\
            ge können bis zur römischen Kaiserzeit zurückverfolgt werden, und zwar durch Ausgrabun\
            gen von Tongefäßen aus dem 1. -3. Jahrhundert nach Christus, die an mehreren Stellen i\
            m Untergrund des Stadtzentrums durchgeführt wurden.
            """,
            [
                """
                Ob Sie in Hannover nur auf der Durchreise, für einen längeren Aufenthalt oder zum B\
                esuch einer der zahlreichen Messen sind: Die Hauptstadt des Landes Niedersachsens h\
                at viele Sehenswürdigkeiten und ist zu jeder Jahreszeit eine Reise Wert.
                """,
                """
                Hannovers Ursprünge können bis zur römischen Kaiserzeit zurückverfolgt werden, und z\
                war durch Ausgrabungen von Tongefäßen aus dem 1. -3. Jahrhundert nach Christus, di\
                e an mehreren Stellen im Untergrund des Stadtzentrums durchgeführt wurden.
                """,
            ]),
        GoldenRule(
            26,
            """
            • 3. Seien Sie achtsam bei der Auswahl der Nahrungsmittel! \n• 4. Nehmen Sie zusätzlic\
            h Folsäurepräparate und essen Sie Fisch! \n• 5. Treiben Sie regelmäßig Sport! \n• 6. B\
            eginnen Sie mit Übungen für die Beckenbodenmuskulatur! \n• 7. Reduzieren Sie Ihren Alk\
            oholgenuss! \n
            """,
            [
                "• 3. Seien Sie achtsam bei der Auswahl der Nahrungsmittel!",
                "• 4. Nehmen Sie zusätzlich Folsäurepräparate und essen Sie Fisch!",
                "• 5. Treiben Sie regelmäßig Sport!",
                "• 6. Beginnen Sie mit Übungen für die Beckenbodenmuskulatur!",
                "• 7. Reduzieren Sie Ihren Alkoholgenuss!",
            ]),
        GoldenRule(
            27,
            "Was pro Jahr10. Zudem pro Jahr um 0.3 %11. Der gängigen Theorie nach erfolgt der Anstieg.",
            [
                "Was pro Jahr10.",
                "Zudem pro Jahr um 0.3 %11.",
                "Der gängigen Theorie nach erfolgt der Anstieg.",
            ]),
        GoldenRule(
            28,
            "s. vorherige Anmerkung.",
            [
                "s. vorherige Anmerkung.",
            ]),
        GoldenRule(
            29,
            """
            Mit Inkrafttreten des Mindestlohngesetzes (MiLoG) zum 01. Januar 2015 werden in Bezug a\
            uf den Einsatz von Leistungs.
            """,
            [
                """
                Mit Inkrafttreten des Mindestlohngesetzes (MiLoG) zum 01. Januar 2015 werden in Be\
                zug auf den Einsatz von Leistungs.
                """,
            ]),
        GoldenRule(
            30,
            """
            \n• einige Sorten Weichkäse  \n• rohes oder nicht ganz durchgebratenes Fleisch  \n• un\
            geputztes Gemüse und ungewaschener Salat  \n• nicht ganz durchgebratenes Hühnerfleisch\
            , rohe oder nur weich gekochte Eier
            """,
            [
                "• einige Sorten Weichkäse",
                "• rohes oder nicht ganz durchgebratenes Fleisch",
                "• ungeputztes Gemüse und ungewaschener Salat",
                "• nicht ganz durchgebratenes Hühnerfleisch, rohe oder nur weich gekochte Eier",
            ]),
        GoldenRule(
            31,
            """
            Schwangere Frauen sollten während der \nersten drei Monate eine tägliche Dosis von 400 M\
            ikrogramm Folsäure zusätzlich nehmen. \nFolsäure befindet sich auch in einigen Gemüse- u\
            nd Müslisorten.
            """,
            [
                """
                Schwangere Frauen sollten während der ersten drei Monate eine tägliche Dosis von 4\
                00 Mikrogramm Folsäure zusätzlich nehmen.
                """,
                "Folsäure befindet sich auch in einigen Gemüse- und Müslisorten.",
            ]),
        GoldenRule(
            32,
            """
            \n   \n\n   http:www.babycentre.co.uk/midwives \n\n \n\n \n\n10 steps to a healthy pre\
            gnancy (German) \n\n10 Schritte zu einer gesunden Schwangerschaft \n \n• 1. Planen und o\
            rganisieren Sie die Zeit der Schwangerschaft frühzeitig! \n• 2. Essen Sie gesund! \n• 3\
            . Seien Sie achtsam bei der Auswahl der Nahrungsmittel! \n• 4. Nehmen Sie zusätzlich F\
            olsäurepräparate und essen Sie Fisch! \n• 5. Treiben Sie regelmäßig Sport! \n• 6. Begi\
            nnen Sie mit Übungen für die Beckenbodenmuskulatur! \n• 7. Reduzieren Sie Ihren Alkoho\
            lgenuss! \n• 8. Reduzieren Sie Ihren Koffeingenuß! \n• 9. Hören Sie mit dem Rauchen au\
            f! \n• 10. Gönnen Sie sich Erholung! \n \n \nZehn einfach zu befolgende Tipps sollen I\
            hnen helfen, eine möglichst problemlose \nSchwangerschaft zu erleben und ein gesundes B\
            aby auf die Welt zu bringen:  \n\n1. Planen und organisieren Sie die Zeit der Schwange\
            rschaft frühzeitig!
            """,
            [
                "http:www.babycentre.co.uk/midwives",
                "10 steps to a healthy pregnancy (German)",
                "10 Schritte zu einer gesunden Schwangerschaft",
                "• 1. Planen und organisieren Sie die Zeit der Schwangerschaft frühzeitig!",
                "• 2. Essen Sie gesund!",
                "• 3. Seien Sie achtsam bei der Auswahl der Nahrungsmittel!",
                "• 4. Nehmen Sie zusätzlich Folsäurepräparate und essen Sie Fisch!",
                "• 5. Treiben Sie regelmäßig Sport!",
                "• 6. Beginnen Sie mit Übungen für die Beckenbodenmuskulatur!",
                "• 7. Reduzieren Sie Ihren Alkoholgenuss!",
                "• 8. Reduzieren Sie Ihren Koffeingenuß!",
                "• 9. Hören Sie mit dem Rauchen auf!",
                "• 10. Gönnen Sie sich Erholung!",
                """
                Zehn einfach zu befolgende Tipps sollen Ihnen helfen, eine möglichst problemlose S\
                chwangerschaft zu erleben und ein gesundes Baby auf die Welt zu bringen:
                """,
                "1. Planen und organisieren Sie die Zeit der Schwangerschaft frühzeitig!",
            ]),
        GoldenRule(
            33,
            """
            Andere \nFischsorten (z.B. Hai, Thunfisch, Aal und Seeteufel) weisen einen erhöhten Qu\
            ecksilbergehalt \nauf und sollten deshalb in der Schwangerschaft nur selten verzehrt w\
            erden.
            """,
            [
                """
                Andere Fischsorten (z.B. Hai, Thunfisch, Aal und Seeteufel) weisen einen erhöhten Q\
                uecksilbergehalt auf und sollten deshalb in der Schwangerschaft nur selten verzehr\
                t werden.
                """,
            ]),
        GoldenRule(
            34,
            """
            Übung Präsens\n1. Ich ___ gern Tennis.\nspielen\nspielt\nspiele\n2. Karl __ mir den Ba\
            ll.\ngebt\ngibt\ngeben\n3. Ihr ___ fast jeden Tag.\narbeitet\narbeite\narbeiten\n4. __\
            _ Susi Deutsch?\nSprichst\nSprecht\nSpricht\n5. Wann ___ Karl und Julia? Heute?\nkomme\
            n\nkommt\nkomme\n\n\n\n\n
            """,
            [
                "Übung Präsens",
                "1. Ich ___ gern Tennis.",
                "spielen",
                "spielt",
                "spiele",
                "2. Karl __ mir den Ball.",
                "gebt",
                "gibt",
                "geben",
                "3. Ihr ___ fast jeden Tag.",
                "arbeitet",
                "arbeite",
                "arbeiten",
                "4. ___ Susi Deutsch?",
                "Sprichst",
                "Sprecht",
                "Spricht",
                "5. Wann ___ Karl und Julia?",
                "Heute?",
                "kommen",
                "kommt",
                "komme",
            ]),
    ]

}
