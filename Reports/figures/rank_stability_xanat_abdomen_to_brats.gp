# rank_stability_xanat_abdomen_to_brats: Ranks by mean Dice (%) ↑ over 1000 bootstrap resamples of the subjects of xanat_abdomen_to_brats: blob area ∝ share of resamples at that rank; black bar right of the blobs: median rank; line: 95 % interval of ranks. Kendall's τ between the ranking on all cases and each resample's: median 1.00 (2.5th percentile 1.00).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   rank_stability_xanat_abdomen_to_brats.csv: x, rank, share, series, method
#   rank_stability_xanat_abdomen_to_brats_median.csv: x, median_rank, rank_low, rank_high, series, method
# Run on its own (in this folder) it writes rank_stability_xanat_abdomen_to_brats_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 3.50in,2.21in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "rank_stability_xanat_abdomen_to_brats_replot.pdf"
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
array label[4] = ["sam_box", "zeus", "sam_decoder", "causal_sam_llm"]
array colour[4] = ["#CC79A7", "#999933", "#D55E00", "#E69F00"]
set xrange [0.4:4.6]
set yrange [4.5:0.5]
set xtics ("sam_box" 1, "zeus" 2, "sam_decoder" 3, "causal_sam_llm" 4) scale 0 rotate by 45 right
set ytics 1
set grid noytics
set title "xanat_abdomen_to_brats"
set ylabel 'Rank'
set bmargin at screen 0.384894
set tmargin at screen 0.819086
plot for [i=1:|label|] 'rank_stability_xanat_abdomen_to_brats.csv' using (column("series") == i ? column("x") - 0.08 : NaN):"rank":(3.2 * sqrt(column("share"))) \
         with points pt 7 ps variable lc rgb colour[i], \
     'rank_stability_xanat_abdomen_to_brats_median.csv' using (column("x") + 0.25):"median_rank":"rank_low":"rank_high" with yerrorbars pt -1 lw 1 lc rgb 'black', \
     'rank_stability_xanat_abdomen_to_brats_median.csv' using (column("x") + 0.14):"median_rank":(0.22):(0) with vectors nohead lw 2.5 lc rgb 'black'
