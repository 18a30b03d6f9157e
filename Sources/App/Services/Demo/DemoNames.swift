import Foundation

/// A small, seeded random source, so the same seed always makes the same demo school.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        // SplitMix64: small, fast and well distributed, which is all a demo needs.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// Fictional names, grouped by the home language a family might speak, so a family's
/// names, language and interpreter needs fit together.
struct NamePool {
    var language: String
    var givenNames: [String]
    var familyNames: [String]
    /// How often a family from this pool would like an interpreter.
    var interpreterRate: Double

    static let pools: [(weight: Int, pool: NamePool)] = [
        (
            55,
            NamePool(
                language: "en",
                givenNames: [
                    "Amelia", "Oliver", "Isla", "Jack", "Freya", "Harry", "Poppy", "Alfie", "Ruby", "Charlie", "Evie",
                    "Theo", "Daisy", "Leo", "Grace", "Finley", "Maya", "Reuben", "Erin", "Callum", "Niamh", "Owen",
                    "Tilly", "Kieran", "Jasmine", "Dylan", "Ava", "Rhys", "Holly", "Jayden",
                ],
                familyNames: [
                    "Whitmore", "Ashby", "Calloway", "Pembridge", "Fairweather", "Hollis", "Marlow", "Dunmore",
                    "Langley", "Pritchard", "Sefton", "Thornbury", "Waddell", "Ellery", "Brackley", "Gosling",
                    "Harrow", "Kettering", "Lowther", "Mably",
                ], interpreterRate: 0)
        ),
        (
            8,
            NamePool(
                language: "es",
                givenNames: [
                    "Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Hugo", "Martina", "Álvaro", "Inés", "Iker",
                ],
                familyNames: ["Moreno Vidal", "Castaño", "Ibarra", "Quintero", "Salcedo", "Villalba", "Peñalver"],
                interpreterRate: 0.35)
        ),
        (
            7,
            NamePool(
                language: "fr",
                givenNames: ["Chloé", "Louis", "Léa", "Gabriel", "Manon", "Jules", "Zoé", "Noé", "Camille", "Élodie"],
                familyNames: ["Lefèvre", "Marchand", "Aubert", "Brossard", "Delorme", "Giraud", "Vasseur"],
                interpreterRate: 0.3)
        ),
        (
            9,
            NamePool(
                language: "ar",
                givenNames: ["Yusuf", "Maryam", "Omar", "Layla", "Hamza", "Noor", "Karim", "Salma", "Zayd", "Huda"],
                familyNames: ["Al-Hashimi", "Haddad", "Khalil", "Nasser", "Saleh", "Darwish", "Mansour"],
                interpreterRate: 0.45)
        ),
        (
            7,
            NamePool(
                language: "zh-Hans",
                givenNames: ["Mei", "Jun", "Xinyi", "Hao", "Yutong", "Zihan", "Ling", "Bowen", "Ruoxi", "Tian"],
                familyNames: ["Chen", "Wang", "Liu", "Zhao", "Huang", "Zhou", "Lin"], interpreterRate: 0.5)
        ),
        (
            6,
            NamePool(
                language: "pl",
                givenNames: ["Zofia", "Jakub", "Hanna", "Antoni", "Łucja", "Szymon", "Maja", "Filip"],
                familyNames: ["Kowalczyk", "Wiśniewska", "Zieliński", "Nowak", "Mazur", "Wójcik"], interpreterRate: 0.3)
        ),
        (
            5,
            NamePool(
                language: "ur",
                givenNames: ["Ayaan", "Aisha", "Bilal", "Zara", "Imran", "Sana", "Rayyan", "Hira"],
                familyNames: ["Qureshi", "Malik", "Chaudhry", "Siddiqui", "Butt", "Rashid"], interpreterRate: 0.4)
        ),
        (
            3,
            NamePool(
                language: "so",
                givenNames: ["Hodan", "Abdi", "Ifrah", "Liban", "Sagal", "Guled"],
                familyNames: ["Warsame", "Farah", "Jama", "Hirsi", "Egal"], interpreterRate: 0.55)
        ),
    ]

    static func random(using random: inout SeededRandom) -> NamePool {
        let total = pools.reduce(0) { $0 + $1.weight }
        var roll = Int.random(in: 0..<total, using: &random)
        for entry in pools {
            if roll < entry.weight { return entry.pool }
            roll -= entry.weight
        }
        return pools[0].pool
    }

    /// Things students with extra needs have said help them, in their own words.
    static let whatHelpsMe = [
        "Knowing about changes before they happen.",
        "A quiet place to start the day.",
        "Time to think before I have to answer.",
        "Sitting near the front so I can see the board.",
        "Having the instructions written down as well as said.",
        "A break when things get too loud.",
        "Someone checking in with me at lunch.",
        "Being asked what I think, not just told.",
    ]

    static let accessibilityNeeds = [
        "Uses a wheelchair: needs step-free access.",
        "Hard of hearing: please face them when speaking.",
        "Prefers documents in large print.",
        "Finds long meetings tiring: short breaks help.",
    ]
}
