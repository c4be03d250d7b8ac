import Foundation

/// A learned named-entity tagger for English news: finds persons, locations, organizations
/// and other names (CoNLL-2003's PER, LOC, ORG, MISC) in tokenized sentences.
///
/// A linear model over hashed orthographic, context, lexicon and document features,
/// decoded with Viterbi under BILOU constraints. Tokens should be split the way CoNLL and
/// the project tokenizer split them: punctuation and possessive "'s" as separate tokens.
/// Typographic quotes and dashes are handled like their ASCII forms.
///
/// The value is immutable and `Sendable`: share one instance across threads.
public struct EntityTagger: Sendable {
    let model: TaggerModel

    /// Names the environment variable that overrides the bundled weights with a file (or a
    /// folder holding `weights.bin`).
    public static let weightsEnvironmentVariable = "DOSSIER_TAGGER_WEIGHTS"

    /// The file name of the weights inside the `tagger` resource folder.
    public static let weightsFileName = "weights.bin"

    init(model: TaggerModel) { self.model = model }

    /// Loads weights written by `write(to:)`. `url` may also name a folder holding
    /// `weights.bin`.
    public init(weightsAt url: URL) throws {
        var isDirectory: ObjCBool = false
        var file = url
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            file = url.appendingPathComponent(EntityTagger.weightsFileName)
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw TaggerWeightsError.unreadable(file.path)
        }
        model = try TaggerWeightsCodec.decode(data)
    }

    /// The tagger shipped with the module, or the weights named by `DOSSIER_TAGGER_WEIGHTS`.
    /// Loaded once per process and shared.
    public static func bundled() throws -> EntityTagger {
        try bundledResult.get()
    }

    private static let bundledResult: Result<EntityTagger, TaggerWeightsError> = {
        do {
            return .success(try EntityTagger(weightsAt: bundledWeightsURL()))
        } catch let error as TaggerWeightsError {
            return .failure(error)
        } catch {
            return .failure(.unreadable("\(error)"))
        }
    }()

    /// Where `bundled()` reads from: the file or folder named by `DOSSIER_TAGGER_WEIGHTS`,
    /// else the `tagger` folder of the module's resources.
    public static func bundledWeightsURL() throws -> URL {
        if let path = ProcessInfo.processInfo.environment[weightsEnvironmentVariable], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        guard let folder = TaggerResources.folder else { throw TaggerWeightsError.missingResource }
        return folder.appendingPathComponent(weightsFileName)
    }

    /// Writes the weights in the binary format `init(weightsAt:)` reads.
    public func write(to url: URL) throws {
        try TaggerWeightsCodec.encode(model).write(to: url)
    }

    /// Tags one sentence. Document-level features then see only this sentence; prefer
    /// `tag(document:)` when the whole article is at hand.
    public func tag<S: StringProtocol>(_ tokens: [S]) -> [EntityTag] {
        tag(document: [tokens])[0]
    }

    /// The entities of one sentence as token ranges.
    public func spans<S: StringProtocol>(_ tokens: [S]) -> [EntitySpan] {
        EntitySpan.spans(fromBILOU: tag(tokens))
    }

    /// Tags all sentences of one article together, so that each sentence can use what the
    /// others say about the same words (worth about a point of F1 on news).
    public func tag<S: StringProtocol>(document sentences: [[S]]) -> [[EntityTag]] {
        let infos = sentences.map { $0.map { TokenInfo($0) } }
        return model.tag(document: infos).map { $0.map(EntityTag.init(index:)) }
    }

    /// The entities of each sentence of one article as token ranges.
    public func spans<S: StringProtocol>(document sentences: [[S]]) -> [[EntitySpan]] {
        tag(document: sentences).map(EntitySpan.spans(fromBILOU:))
    }

    /// The number of weighted features, for size reports.
    public var featureCount: Int { model.keys.count }
}

/// Why tagger weights could not be loaded.
public enum TaggerWeightsError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(String)
    /// The module's `tagger` resource folder is missing.
    case missingResource
    /// The bytes are not a weights file of a supported version.
    case malformed(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read tagger weights at \(path)"
        case .missingResource:
            "the bundled tagger weights (Resources/tagger) are missing; set \(EntityTagger.weightsEnvironmentVariable) or run scripts/train-tagger"
        case .malformed(let why): "malformed tagger weights: \(why)"
        }
    }
}
