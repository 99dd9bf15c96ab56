# lesionwise_xanat_abdomen_to_brats: Voxel-level Dice against BraTS 2023 lesion-wise Dice on xanat_abdomen_to_brats, one point per case and structure where both are defined: on the dashed diagonal the two agree; below it the case has missed lesions or false-positive islands that the voxel-level Dice averages away.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   lesionwise_xanat_abdomen_to_brats.csv: series, dice, lesion_dice, method, case, structure
# Run on its own (in this folder) it writes lesionwise_xanat_abdomen_to_brats_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 3.50in,3.67in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "lesionwise_xanat_abdomen_to_brats_replot.pdf"
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
array label[4] = ["sam_decoder", "causal_sam_llm", "zeus", "sam_box"]
array colour[4] = ["#D55E00", "#E69F00", "#999933", "#CC79A7"]
set xlabel 'Dice (%)'
set ylabel 'Lesion-wise Dice (%)'
set xrange [-2:102]
set yrange [-2:102]
set size ratio -1
set grid xtics ytics
set key at screen 0.5,0.01 center bottom horizontal maxcols 2 samplen 1 width -3 Left reverse
set bmargin at screen 0.223433
set tmargin at screen 0.959128
plot x with lines dt 2 lc rgb '#999999' notitle, for [i=1:|label|] 'lesionwise_xanat_abdomen_to_brats.csv' using (column("series") == i ? column("dice") : NaN):"lesion_dice" \
         with points pt 7 ps 0.45 lc rgb colour[i] notitle, \
     for [i=1:|label|] NaN with points pt 7 ps 2.2 lc rgb colour[i] title label[i]
