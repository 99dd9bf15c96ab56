# significance_xmod_chaost2_to_btcvct: Pairwise one-sided Wilcoxon signed-rank tests on the per-case mean Dice of xmod_chaost2_to_btcvct, Holm-adjusted over all 72 ordered pairs, at 5 %. The leaderboards' † adjusts over fewer tests (each method against its column's best, two-sided), so a pair can differ there and not here, or the reverse.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   significance_xmod_chaost2_to_btcvct.csv: x, y, state, better, than
# Run on its own (in this folder) it writes significance_xmod_chaost2_to_btcvct_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,4.01in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "significance_xmod_chaost2_to_btcvct_replot.pdf"
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
unset grid
set border 0
set title "xmod_chaost2_to_btcvct"
set lmargin at screen 0.268
set rmargin at screen 0.582286
set bmargin at screen 0.325944
set tmargin at screen 0.875175
set xrange [-0.5:8.5]
set yrange [8.5:-0.5]
set xtics ("atlas" 0, "intensity" 1, "unet" 2, "unet_style" 3, "sam_decoder" 4, "sam_decoder_style" 5, "causal_sam_llm" 6, "zeus" 7, "causal_sam_llm +1 round" 8) scale 0 rotate by 45 right
set ytics ("atlas" 0, "intensity" 1, "unet" 2, "unet_style" 3, "sam_decoder" 4, "sam_decoder_style" 5, "causal_sam_llm" 6, "zeus" 7, "causal_sam_llm +1 round" 8) scale 0
set xlabel "significantly better …" offset 0,0.5
set ylabel "… than"
set palette defined (0 '#56B4E9', 0.5 '#d9d9d9', 1 '#F0E442')
set cbrange [0:1]
unset colorbox
set label 1 "yellow: significant\nblue: not significant\ngrey: the method itself\n(one-sided Wilcoxon,\nHolm, 5 %)" at graph 1.05,0.95 left font ",7"
plot 'significance_xmod_chaost2_to_btcvct.csv' using "x":"y":(0.48):(0.48):"state" with boxxyerror fs solid 1 noborder lc palette notitle
