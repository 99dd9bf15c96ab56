import Foundation

/// What a job asks SLURM for: the `#SBATCH` lines of its script. Nil fields are left to the
/// cluster's defaults.
public struct SlurmResources: Sendable, Hashable, Codable {
    public var partition: String?
    /// `--time`, SLURM's format (`2:00:00`, `1-00:00:00`).
    public var time: String?
    public var cpusPerTask: Int?
    /// `--mem`, SLURM's format (`8G`).
    public var memory: String?
    /// `--gres` (`gpu:1` for the deep methods).
    public var gres: String?
    public var account: String?
    public var qos: String?

    public init(partition: String? = nil, time: String? = nil, cpusPerTask: Int? = nil, memory: String? = nil, gres: String? = nil,
                account: String? = nil, qos: String? = nil) {
        self.partition = partition
        self.time = time
        self.cpusPerTask = cpusPerTask
        self.memory = memory
        self.gres = gres
        self.account = account
        self.qos = qos
    }

    /// The `#SBATCH` lines, in a fixed order.
    public var directives: [String] {
        [("partition", partition), ("time", time), ("cpus-per-task", cpusPerTask.map(String.init)), ("mem", memory), ("gres", gres),
         ("account", account), ("qos", qos)]
            .compactMap { key, value in value.map { "#SBATCH --\(key)=\($0)" } }
    }
}
