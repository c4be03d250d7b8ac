import DossierExtraction
import Foundation

// The tagger's training and evaluation tool:
//   DossierTrainer train --train PATH --dev PATH --out PATH [--epochs N] [--gazetteer DIR]
//   DossierTrainer evaluate --data PATH [--weights PATH] [--output PATH] [--by-sentence yes] [--min-f1 X]
//   DossierTrainer tag [--weights PATH] --text "A sentence with spaces between tokens ."
// Training is single-threaded and deterministic for a given seed.

let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("DossierTrainer: \(message)\n".utf8))
    exit(2)
}

let usage = """
    usage: DossierTrainer train --train PATH --out PATH [--dev PATH] [--epochs N] [--seed N]
                                [--min-count N] [--prune X] [--gazetteer DIR]
           DossierTrainer evaluate --data PATH [--weights PATH] [--output PATH] [--by-sentence yes] [--min-f1 X]
           DossierTrainer tag [--weights PATH] --text "Tokens separated by spaces ."
    """

guard let command = arguments.first else { fail(usage) }
let options = CommandOptions(Array(arguments.dropFirst()))

do {
    switch command {
    case "train": try runTraining(options)
    case "evaluate": try runEvaluation(options)
    case "tag": try runTagging(options, text: options.required("text"))
    case "evaluate-pipeline": try runPipelineEvaluation(options)
    case "-h", "--help", "help": print(usage)
    default: fail("unknown command \(command)\n\(usage)")
    }
} catch {
    fail("\(error)")
}
