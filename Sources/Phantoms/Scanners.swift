import Foundation

/// One scanner's intensity model: what each tissue looks like, and how the machine degrades it.
/// This is what makes the domain shift real: a model fitted on one scanner's intensities meets
/// other intensities, noise, bias and resolution on another.
struct ScannerModel: Sendable {
    var manufacturer: String
    var model: String
    var modality: String
    /// In-plane voxel size and slice thickness (mm) at the `small` size; `medium` halves them.
    var inPlane: Double
    var sliceThickness: Double
    /// Additive Gaussian noise (CT, HU) or Rician noise (MR) standard deviation.
    var noise: Double
    /// Peak relative amplitude of the smooth multiplicative bias field (MR).
    var bias: Double
    /// Offset added to every CT number (calibration differences between vendors).
    var offset: Double
    /// MR receiver gain: MR signal has no absolute unit, and each scanner and protocol scales it
    /// its own way (noise scales with it).
    var gain: Double = 1
    /// Tissue → mean intensity; `body` is soft tissue, `fat` the subcutaneous layer.
    var tissues: [String: Double]
}

enum Contrast {
    /// Hounsfield-like CT numbers of portal-venous CT.
    static let ct: [String: Double] = [
        "air": -1000, "fat": -95, "body": 40, "liver": 62, "spleen": 52, "kidney_right": 165, "kidney_left": 165,
        "gallbladder": 12, "esophagus": 38, "stomach": 28, "pancreas": 46, "aorta": 175, "inferior_vena_cava": 135,
        "adrenal_gland_right": 32, "adrenal_gland_left": 32, "duodenum": 34, "portal_splenic_vein": 155,
        "urinary_bladder": 8, "prostate_uterus": 42,
    ]
    /// T1 in phase: fat bright, fluid dark, vessels dark (flow voids).
    static let t1InPhase: [String: Double] = [
        "air": 0, "fat": 420, "body": 130, "liver": 240, "spleen": 165, "kidney_right": 185, "kidney_left": 185,
        "gallbladder": 55, "esophagus": 120, "stomach": 95, "pancreas": 225, "aorta": 40, "inferior_vena_cava": 45,
        "adrenal_gland_right": 150, "adrenal_gland_left": 150, "duodenum": 110, "portal_splenic_vein": 50,
        "urinary_bladder": 35, "prostate_uterus": 140,
    ]
    /// T1 opposed phase: signal drops where fat and water share a voxel (the liver, the fat edges).
    static let t1OpposedPhase: [String: Double] = t1InPhase.merging(["liver": 175, "fat": 380, "pancreas": 170, "adrenal_gland_right": 95,
                                                                     "adrenal_gland_left": 95]) { $1 }
    /// T2 with spectral fat suppression (SPIR): fluid bright, fat dark.
    static let t2Spir: [String: Double] = [
        "air": 0, "fat": 70, "body": 95, "liver": 85, "spleen": 205, "kidney_right": 235, "kidney_left": 235,
        "gallbladder": 430, "esophagus": 110, "stomach": 260, "pancreas": 150, "aorta": 35, "inferior_vena_cava": 40,
        "adrenal_gland_right": 120, "adrenal_gland_left": 120, "duodenum": 240, "portal_splenic_vein": 45,
        "urinary_bladder": 470, "prostate_uterus": 180,
    ]
}

enum Scanners {
    static let ctBTCV = ScannerModel(manufacturer: "Philips", model: "Brilliance 64", modality: "CT", inPlane: 2.6, sliceThickness: 5,
                                     noise: 14, bias: 0, offset: 0, tissues: Contrast.ct)
    /// AMOS's CT scanners (the model names of its metadata CSV), each with its own noise and calibration.
    static let amosCT = [
        ScannerModel(manufacturer: "TOSHIBA", model: "Aquilion ONE", modality: "CT", inPlane: 2.8, sliceThickness: 5,
                     noise: 10, bias: 0, offset: 0, tissues: Contrast.ct),
        ScannerModel(manufacturer: "Philips", model: "Brilliance16", modality: "CT", inPlane: 3.2, sliceThickness: 6,
                     noise: 26, bias: 0, offset: 18, tissues: Contrast.ct),
        ScannerModel(manufacturer: "SIEMENS", model: "SOMATOM Force", modality: "CT", inPlane: 2.4, sliceThickness: 4,
                     noise: 18, bias: 0, offset: -14, tissues: Contrast.ct),
    ]
    static let amosMR = [
        ScannerModel(manufacturer: "Philips", model: "Ingenia", modality: "MR", inPlane: 3.4, sliceThickness: 7,
                     noise: 12, bias: 0.25, offset: 0, tissues: Contrast.t1InPhase),
        ScannerModel(manufacturer: "SIEMENS", model: "Prisma", modality: "MR", inPlane: 3.0, sliceThickness: 6,
                     noise: 9, bias: 0.3, offset: 0, tissues: Contrast.t1InPhase),
    ]
    /// CHAOS CT: the three scanners its data page names.
    static let chaosCT = [
        ScannerModel(manufacturer: "Philips", model: "SecuraCT", modality: "CT", inPlane: 2.8, sliceThickness: 6,
                     noise: 24, bias: 0, offset: 10, tissues: Contrast.ct),
        ScannerModel(manufacturer: "Philips", model: "Mx8000", modality: "CT", inPlane: 2.6, sliceThickness: 6,
                     noise: 20, bias: 0, offset: 6, tissues: Contrast.ct),
        ScannerModel(manufacturer: "TOSHIBA", model: "Aquilion ONE", modality: "CT", inPlane: 2.6, sliceThickness: 6,
                     noise: 12, bias: 0, offset: -4, tissues: Contrast.ct),
    ]
    /// CHAOS MR (1.5 T Philips): T1-DUAL in and opposed phase share one acquisition and grid;
    /// T2-SPIR is acquired apart, on its own grid.
    static let chaosT1InPhase = ScannerModel(manufacturer: "Philips", model: "Achieva", modality: "MR", inPlane: 3.2, sliceThickness: 8,
                                             noise: 10, bias: 0.3, offset: 0, gain: 2.4, tissues: Contrast.t1InPhase)
    static let chaosT1OpposedPhase = ScannerModel(manufacturer: "Philips", model: "Achieva", modality: "MR", inPlane: 3.2, sliceThickness: 8,
                                                  noise: 10, bias: 0.3, offset: 0, gain: 2.4, tissues: Contrast.t1OpposedPhase)
    static let chaosT2Spir = ScannerModel(manufacturer: "Philips", model: "Achieva", modality: "MR", inPlane: 3.2, sliceThickness: 9,
                                          noise: 14, bias: 0.35, offset: 0, gain: 2.8, tissues: Contrast.t2Spir)
}
