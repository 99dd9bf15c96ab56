# rank_stability_xmod_btcvct_to_chaost2: Ranks by mean Dice (%) ↑ over 1000 bootstrap resamples of the subjects of xmod_btcvct_to_chaost2: blob area ∝ share of resamples at that rank; black bar right of the blobs: median rank; line: 95 % interval of ranks. Kendall's τ between the ranking on all cases and each resample's: median 1.00 (2.5th percentile 0.94).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   rank_stability_xmod_btcvct_to_chaost2.csv: x, rank, share, series, method
#   rank_stability_xmod_btcvct_to_chaost2_median.csv: x, median_rank, rank_low, rank_high, series, method
# Run on its own (in this folder) it writes rank_stability_xmod_btcvct_to_chaost2_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 3.50in,3.83in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "rank_stability_xmod_btcvct_to_chaost2_replot.pdf"
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
array label[9] = ["atlas", "causal_sam_llm +1 round", "causal_sam_llm", "sam_decoder_style", "sam_decoder", "zeus", "unet_style", "unet", "intensity"]
array colour[9] = ["#0072B2", "#B3592D", "#E69F00", "#56B4E9", "#D55E00", "#999933", "#882255", "#000000", "#009E73"]
set xrange [0.4:9.6]
set yrange [9.5:0.5]
set xtics ("atlas" 1, "causal_sam_llm +1 round" 2, "causal_sam_llm" 3, "sam_decoder_style" 4, "sam_decoder" 5, "zeus" 6, "unet_style" 7, "unet" 8, "intensity" 9) scale 0 rotate by 45 right
set ytics 1
set grid noytics
set title "xmod_btcvct_to_chaost2"
set ylabel 'Rank'
set bmargin at screen 0.331505
set tmargin at screen 0.895548
plot for [i=1:|label|] 'rank_stability_xmod_btcvct_to_chaost2.csv' using (column("series") == i ? column("x") - 0.08 : NaN):"rank":(3.2 * sqrt(column("share"))) \
         with points pt 7 ps variable lc rgb colour[i], \
     'rank_stability_xmod_btcvct_to_chaost2_median.csv' using (column("x") + 0.25):"median_rank":"rank_low":"rank_high" with yerrorbars pt -1 lw 1 lc rgb 'black', \
     'rank_stability_xmod_btcvct_to_chaost2_median.csv' using (column("x") + 0.14):"median_rank":(0.22):(0) with vectors nohead lw 2.5 lc rgb 'black'
