import DossierModel
import Foundation

/// Text to model: segmentation, then recognition of names and values, then resolution of
/// mentions into entities. Built once (it loads the tagger weights and gazetteers) and
/// shared by every document and thread.
public struct ExtractionPipeline: Sendable {
    let segmenter = Segmenter()
    let values = ValueRecognizer()
    let tagger: EntityTagger
    let gazetteer: Gazetteer

    /// Loads the bundled tagger weights and gazetteers.
    public init() throws {
        tagger = try EntityTagger.bundled()
        gazetteer = Gazetteer.shared
    }

    /// Parses one article into its entity model.
    public func parse(_ source: SourceDocument) -> Document {
        var document = segmenter.segment(source)
        let view = TokenView(document)
        let names = EntityRecognition(tagger: tagger, gazetteer: gazetteer).candidates(view)
        document.entities = EntityResolver().entities(names + valueCandidates(document), view)
        Understanding(gazetteer: gazetteer).apply(to: &document)
        return document
    }

    /// Dates and amounts in the sentences, plus the dateline's date; relative dates are
    /// resolved against the publication date.
    private func valueCandidates(_ document: Document) -> [Candidate] {
        let reference = document.metadata.date.flatMap { DateText.parse($0)?.date }
        var result = values.values(in: document, reference: reference).map { value in
            var candidate = Candidate(span: value.span, sentence: value.sentence, kind: value.kind)
            candidate.form = .value
            candidate.attributes = value.attributes
            candidate.identity = value.kind == .date
                ? value.attributes["normalized"].map { "date:\($0)" } ?? "date@\(value.span.start)"
                : "\(value.kind.rawValue)@\(value.span.start)"
            return candidate
        }
        if let paragraph = document.paragraphs.first(where: { $0.kind == .dateline }),
           let dateline = DatelineParser().parse(document.text), dateline.span.start >= paragraph.span.start,
           let span = dateline.date, let parsed = DateText.parse(document.text(of: span)) {
            var candidate = Candidate(span: span, sentence: nil, kind: .date)
            candidate.form = .value
            candidate.attributes = ["normalized": .string(parsed.date.iso), "precision": .string(parsed.precision.rawValue),
                                    "relative": .boolean(false)]
            candidate.identity = "date:" + parsed.date.iso
            candidate.resolution = "dateline"
            result.append(candidate)
        }
        return result
    }
}
