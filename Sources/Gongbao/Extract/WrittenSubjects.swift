/// A document in traditional script is read folded to simplified (`TraditionalScript`), so its subjects are found
/// in simplified script (德陽市地區生產總值 is read as 德阳市地区生产总值). What the subject names is the document's own
/// phrase (Corpus/gold README: "taken or condensed from the text"; units come out as written the same way,
/// `WrittenUnits`), so a subject is shown in the script its document is written in: each character the folding
/// changed goes back to the form the document writes for it (`NormalizedText.writtenForms`). The figure keeps the
/// simplified subject it was read with — validation compares subjects across documents and looks for words in them
/// — and the written one is what reports show (`Metric.shownSubject`).
enum WrittenSubjects {
    /// `subject` in the document's script, or nil when no character of it changes (or the document is not folded).
    static func written(_ subject: String, forms: [UInt32: UInt32]) -> String? {
        guard !forms.isEmpty, !subject.isEmpty else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in subject.unicodeScalars {
            if let t = forms[scalar.value], let written = Unicode.Scalar(t) {
                out.append(written)
                changed = true
            } else {
                out.append(scalar)
            }
        }
        return changed ? String(out) : nil
    }
}
