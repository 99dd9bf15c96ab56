# dice_vs_hd95_id_chaost1dual: Dice against HD95 for every structure scored on id_chaost1dual (both masks non-empty: every point is measured, no penalty is drawn; a method with no such structure has no points): good overlap with far outliers shows as points to the upper right.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   dice_vs_hd95_id_chaost1dual.csv: series, dice, hd95, method, case, structure
# Run on its own (in this folder) it writes dice_vs_hd95_id_chaost1dual_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 3.50in,3.85in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "dice_vs_hd95_id_chaost1dual_replot.pdf"
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
array label[10] = ["atlas", "intensity", "unet", "unet_style", "sam_decoder", "sam_decoder_style", "causal_sam_llm", "zeus", "zeus_early", "zeus_hybrid"]
array colour[10] = ["#0072B2", "#009E73", "#000000", "#882255", "#D55E00", "#56B4E9", "#E69F00", "#999933", "#332288", "#CC6677"]
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key at screen 0.5,0.01 center bottom horizontal maxcols 2 samplen 1 width -3 Left reverse
set bmargin at screen 0.337662
set tmargin at screen 0.961039
plot for [i=1:|label|] 'dice_vs_hd95_id_chaost1dual.csv' using (column("series") == i ? column("dice") : NaN):"hd95" \
         with points pt 7 ps 0.45 lc rgb colour[i] notitle, \
     for [i=1:|label|] NaN with points pt 7 ps 2.2 lc rgb colour[i] title label[i]
