import CLibXML2

/// The readable content of an HTML page (stub; the ingest work replaces it).
public enum HTMLText {
    public static func content(of source: SourceText) -> ContentText {
        xmlInitParser()
        return ContentText(identityOf: source)
    }
}
