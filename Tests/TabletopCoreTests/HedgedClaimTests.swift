import Testing
@testable import TabletopCore

/// A forbidden claim is one the text makes, not one it denies or names as a risk: "phishing risk to the
/// consignees" in an accurate impact statement is not calling a data theft a phishing incident (blind29,
/// blind30 lost five points each for it), while "it was ransomware" and "nothing was taken" still cost.
@Suite struct HedgedClaimTests {
    static let rubric = Rubric(concepts: [], forbidden: [
        RubricConcept(name: "that it was another kind of incident", phrases: ["miner", "ransomware", "insider", "phishing"]),
        RubricConcept(name: "that no data left", phrases: ["no data left", "nothing was taken", "not breached"]),
    ])

    @Test(arguments: [
        ("2.1 million EU residents' names and emails were copied; high phishing risk for data subjects", [String]()),
        ("31,500 consignees' delivery addresses read; phishing risk to consignees, no payment data", []),
        ("The key was used from Tor; not an insider, and no ransomware was found", []),
        ("Customers may see a possible phishing wave once the data is sold", []),
        // Advice to the people affected is no claim about the incident (blind45: -5 for "with phishing advice").
        ("Send the Article 34 notice to every affected individual with phishing advice", []),
        ("Email the consignees and warn them against phishing", []),
        // A supposition names harm that may come (blind46: -5 for an accurate worst case).
        ("Worst case: the data is sold and used for targeted delivery phishing against the consignees.", []),
        ("If the list is sold, the staff on it would face months of phishing", []),
        // A use the data may be put to, however far from "worst" (blind58: -5 for an accurate worst case).
        ("Worst case: the attacker holds names, emails and delivery addresses of 31,500 consignees and can use them for targeted phishing or parcel fraud", []),
        // A harm that may come, the modal a few words back, far past a long "worst case" sentence (blind94 #52: -5).
        ("Worst case: an attacker ran code on three production web servers (web-03, web-10, web-02) for eleven days through the file-upload CVE, used the over-broad instance role to read the customer database credentials, and copied the names, emails and delivery addresses of 31,500 consignees; those people may now be targeted with phishing.", []),
        // What the people in the data are exposed to, however far past "worst case" (blind107 #134: -5, "phishing" 55 words on).
        ("Worst case: about 3.4 million customer records of EU residents (names, emails and purchase histories) from the customer-exports bucket were copied by an unknown party over three days using the leaked ci-deployer key, and are now in the hands of an extortion crew who publish or sell them, exposing the retailers' customers to phishing and fraud.", []),
        ("The stolen addresses leave the staff open to phishing", []),
        // With words that describe the harm between (blind120 #67: -5 and the S rating for an accurate impact).
        ("Personal data of 48,000 consignees was copied by an attacker, so they are exposed to targeted phishing and delivery scams", []),
        // What the people in the data face (blind134 #125: -5 and the M rating for an accurate impact).
        ("Names, emails and delivery addresses of 31,500 consignees were read with stolen credentials; the consignees face targeted phishing and delivery-fee scams.", []),
        ("Staff on the list are now facing phishing", []),
        ("We face a phishing campaign that took the key and then the exports", ["that it was another kind of incident ('phishing')"]),
        ("The consignees are exposed to attackers who used phishing on our staff", ["that it was another kind of incident ('phishing')"]),
        ("An employee was exposed to a phishing email and entered their password", ["that it was another kind of incident ('phishing')"]),
        ("The engineer was exposed to phishing for months and it was phishing that took the key", ["that it was another kind of incident ('phishing')"]),
        ("The engineer fell for phishing and gave away the key", ["that it was another kind of incident ('phishing')"]),
        ("Worst case: personal data of EU clinicians misused (GDPR breach notifiable to the regulator within 72h), phishing or harassment of staff", []),
        ("The attacker used phishing to get the key", ["that it was another kind of incident ('phishing')"]),
        ("Phishing of one engineer gave the attacker the key; the worst part is the delay", ["that it was another kind of incident ('phishing')"]),
        ("It was ransomware on the export host", ["that it was another kind of incident ('ransomware')"]),
        ("A departing insider copied the exports", ["that it was another kind of incident ('insider')"]),
        ("We were not breached, nothing was taken", ["that no data left ('nothing was taken')"]),
        ("Phishing emails led to the key being stolen", ["that it was another kind of incident ('phishing')"]),
    ])
    func aClaimIsWhatTheTextAssertsAndSaysWhichWords(text: String, claims: [String]) {
        #expect(Self.rubric.read(text).claims == claims)
    }
}
