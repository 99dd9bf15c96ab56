set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 3.9719 2
1 3 0.473286 2
2 3 3.55753 3
2 4 1.82866 3
3 2 0.473286 7
3 3 1.76635 7
3 4 2.22711 7
3 5 2.77417 7
4 4 2.77417 1
4 5 2.88167 1
5 6 3.72022 5
5 7 1.08074 5
5 8 0.995992 5
6 6 1.32665 4
6 7 3.65951 4
6 8 0.920869 4
7 6 0.632456 6
7 7 1.22638 6
7 8 3.75446 6
EOD
$centres << EOD
0 1 1 1
1 2 2 2
2 3 3 4
3 4 3 5
4 5 4 5
5 6 6 8
6 7 6 8
7 8 6.975 8
EOD
set xrange [-0.6:7.6]
set yrange [8.6:0.4]
set xtics ("atlas" 0, "unet" 1, "unet_style" 2, "causal_sam_llm +1 round" 3, "intensity" 4, "causal_sam_llm" 5, "sam_decoder" 6, "zeus" 7) scale 0 rotate by 30 right
set ytics 1
set title "xmod_amosct_to_amosmr"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
