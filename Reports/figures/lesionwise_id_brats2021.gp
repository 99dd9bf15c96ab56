# lesionwise_id_brats2021: Voxel-level Dice against BraTS 2023 lesion-wise Dice on id_brats2021, one point per case and structure where both are defined: on the dashed diagonal the two agree; below it the case has missed lesions or false-positive islands that the voxel-level Dice averages away.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   lesionwise_id_brats2021.csv: series, dice, lesion_dice, method, case, structure
# Run on its own (in this folder) it writes lesionwise_id_brats2021_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 3.50in,4.15in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "lesionwise_id_brats2021_replot.pdf"
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
set ylabel 'Lesion-wise Dice (%)'
set xrange [-2:102]
set yrange [-2:102]
set size ratio -1
set grid xtics ytics
set key at screen 0.5,0.01 center bottom horizontal maxcols 2 samplen 1 width -3 Left reverse
set bmargin at screen 0.313253
set tmargin at screen 0.963855
plot x with lines dt 2 lc rgb '#999999' notitle, for [i=1:|label|] 'lesionwise_id_brats2021.csv' using (column("series") == i ? column("dice") : NaN):"lesion_dice" \
         with points pt 7 ps 0.45 lc rgb colour[i] notitle, \
     for [i=1:|label|] NaN with points pt 7 ps 2.2 lc rgb colour[i] title label[i]
