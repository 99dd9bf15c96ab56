# rank_stability_xsite_brats2021_to_brats2023: Ranks by mean Dice (%) ↑ over 1000 bootstrap resamples of the subjects of xsite_brats2021_to_brats2023: blob area ∝ share of resamples at that rank; black bar right of the blobs: median rank; line: 95 % interval of ranks. Kendall's τ between the ranking on all cases and each resample's: median 0.96 (2.5th percentile 0.85).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   rank_stability_xsite_brats2021_to_brats2023.csv: x, rank, share, series, method
#   rank_stability_xsite_brats2021_to_brats2023_median.csv: x, median_rank, rank_low, rank_high, series, method
# Run on its own (in this folder) it writes rank_stability_xsite_brats2021_to_brats2023_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 3.50in,4.31in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "rank_stability_xsite_brats2021_to_brats2023_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
array label[11] = ["zeus", "sam_decoder", "causal_sam_llm", "sam_decoder_style", "zeus_early", "unet", "zeus_hybrid", "unet_style", "causal_sam_llm +1 round", "atlas", "intensity"]
array colour[11] = ["#999933", "#D55E00", "#E69F00", "#56B4E9", "#332288", "#000000", "#CC6677", "#882255", "#B3592D", "#0072B2", "#009E73"]
set xrange [0.4:11.6]
set yrange [11.5:0.5]
set xtics ("zeus" 1, "sam_decoder" 2, "causal_sam_llm" 3, "sam_decoder_style" 4, "zeus_early" 5, "unet" 6, "zeus_hybrid" 7, "unet_style" 8, "causal_sam_llm +1 round" 9, "atlas" 10, "intensity" 11) scale 0 rotate by 45 right
set ytics 1
set grid noytics
set title "xsite_brats2021_to_brats2023"
set ylabel 'Rank'
set bmargin at screen 0.294582
set tmargin at screen 0.907182
plot for [i=1:|label|] 'rank_stability_xsite_brats2021_to_brats2023.csv' using (column("series") == i ? column("x") - 0.08 : NaN):"rank":(3.2 * sqrt(column("share"))) \
         with points pt 7 ps variable lc rgb colour[i], \
     'rank_stability_xsite_brats2021_to_brats2023_median.csv' using (column("x") + 0.25):"median_rank":"rank_low":"rank_high" with yerrorbars pt -1 lw 1 lc rgb 'black', \
     'rank_stability_xsite_brats2021_to_brats2023_median.csv' using (column("x") + 0.14):"median_rank":(0.22):(0) with vectors nohead lw 2.5 lc rgb 'black'
