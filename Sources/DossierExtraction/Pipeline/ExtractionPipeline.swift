import DossierModel
import Foundation

/// Text to model: segmentation, then recognition of names and values, then resolution of
/// mentions into entities. Built once (it loads the tagger weights and gazetteers) and
/// shared by every document and thread.
public struct ExtractionPipeline: Sendable {
    let segmenter = Segmenter()
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
        document.entities = EntityResolver().entities(names, view)
        return document
    }
}
