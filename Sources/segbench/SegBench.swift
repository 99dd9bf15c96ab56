import ArgumentParser
import Harness

@main
struct SegBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segbench",
        abstract: "Evaluate medical image segmentation under domain shift.",
        discussion: """
            Scores predictions against references with Dice, IoU, HD, HD95, ASSD and NSD, each \
            under a named definition that matches MONAI, DeepMind's surface-distance and MedPy.
            """,
        version: HarnessInfo.segbenchVersion,
        subcommands: [Score.self, Datasets.self, Splits.self, IngestCommand.self, RunCommand.self, Runs.self, Merge.self, Slurm.self, Export.self, ReportCommand.self, CompareCommand.self, HistoryCommand.self, Phantoms.self, Example.self, Completions.self]
    )
}
