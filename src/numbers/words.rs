//! Number words per language: cardinals (with the inflected forms Slavic
//! languages and Hindi use), ordinals, fractions, scale words with their true
//! value in that language ("billion" is 10^9 in English, 10^12 in French,
//! Spanish and German), articles that are not numbers, and the morphemes of
//! languages that write numbers as one word ("dreiundzwanzig", "duemilaventuno").

use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a number word behaves when it is read and compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A cardinal ("two", "vingt", "dreiundzwanzig").
    Cardinal,
    /// An ordinal ("third", "troisième").
    Ordinal,
    /// A fraction ("half", "demi").
    Fraction,
    /// A scale word that multiplies what precedes it ("million", "milliard"),
    /// also after digits ("2,5 millions").
    Scale,
    /// An abbreviation that is a scale only right after digits ("bn", "mln", "tys").
    ScaleAbbrev,
    /// An article that counts as 1 only before a scale word ("a hundred").
    Article,
    /// A word joining number words ("and", "et", "y", "und").
    Connector,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub value: f64,
    pub class: Class,
    /// The word has other, common meanings or is used as an article ("one",
    /// "un", "neuf", "sei", "second"): it can satisfy a match but is never
    /// reported on its own.
    pub weak: bool,
}

/// The table syntax: `word=value` with optional flags after a colon:
/// `w` weak, `o` ordinal, `f` fraction, `s` scale, `b` scale abbreviation,
/// `a` article, `c` connector (value ignored).
const EN: &str = "
decade=10:w decades=10:w
zero=0 one=1:w two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11
twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19
twenty=20 thirty=30 forty=40 fourty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90
hundred=100 thousand=1000 million=1e6 billion=1e9 trillion=1e12 hundreds=100:w thousands=1000:w
millions=1e6:w billions=1e9:w dozen=12:w twice=2:w both=2:w couple=2:w once=1:w pair=2:w
a=1:a an=1:a and=0:c
bn=1e9:b mn=1e6:b mln=1e6:b tn=1e12:b
first=1:ow second=2:ow third=3:o fourth=4:o fifth=5:o sixth=6:o seventh=7:o eighth=8:o ninth=9:o
tenth=10:o eleventh=11:o twelfth=12:o thirteenth=13:o fourteenth=14:o fifteenth=15:o
sixteenth=16:o seventeenth=17:o eighteenth=18:o nineteenth=19:o twentieth=20:o thirtieth=30:o
fortieth=40:o fiftieth=50:o hundredth=100:o thousandth=1000:o
half=0.5:fw quarter=0.25:fw quarters=0.25:fw thirds=3:o fifths=5:o either=2:w
twenties=20:w thirties=30:w forties=40:w fifties=50:w sixties=60:w seventies=70:w eighties=80:w nineties=90:w
";

const FR: &str = "
décennie=10:w décennies=10:w cinquièmes=5:o sixièmes=6:o dixièmes=10:o quarts=4:o
zéro=0 un=1:w une=1:w deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9:w dix=10 onze=11
douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 vingts=20 trente=30 quarante=40
cinquante=50 soixante=60 septante=70 huitante=80 octante=80 nonante=90 cent=100 cents=100
mille=1000 mil=1000 million=1e6 millions=1e6 milliard=1e9 milliards=1e9 billion=1e12 billions=1e12
et=0:c md=1e9:b mds=1e9:b mrd=1e9:b mrds=1e9:b
premier=1:ow première=1:ow premiers=1:ow premières=1:ow deuxième=2:o second=2:ow seconde=2:ow
troisième=3:o quatrième=4:o cinquième=5:o sixième=6:o septième=7:o huitième=8:o neuvième=9:o
dixième=10:o onzième=11:o douzième=12:o treizième=13:o quatorzième=14:o quinzième=15:o
seizième=16:o vingtième=20:o trentième=30:o centième=100:o millième=1000:o
demi=0.5:fw demie=0.5:fw moitié=0.5:fw quart=0.25:fw tiers=0.333333:fw
dizaine=10:w douzaine=12:w centaine=100:w millier=1000:w milliers=1000:w centaines=100:w
deux-tiers=0.666667:fw
";

const ES: &str = "
década=10:w décadas=10:w tercios=3:o cuartos=4:o cuartas=4:o quintos=5:o quintas=5:o sextos=6:o sextas=6:o décimos=10:o décimas=10:o
cero=0 un=1:w uno=1:w una=1:w dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10
once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis=16 dieciseis=16 diecisiete=17 dieciocho=18
diecinueve=19 veinte=20 veintiuno=21 veintiún=21 veintiuna=21 veintidós=22 veintidos=22
veintitrés=23 veintitres=23 veinticuatro=24 veinticinco=25 veintiséis=26 veintiseis=26
veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 cincuenta=50 sesenta=60
setenta=70 ochenta=80 noventa=90 cien=100 ciento=100 doscientos=200 doscientas=200
trescientos=300 trescientas=300 cuatrocientos=400 cuatrocientas=400 quinientos=500 quinientas=500
seiscientos=600 seiscientas=600 setecientos=700 setecientas=700 ochocientos=800 ochocientas=800
novecientos=900 novecientas=900 mil=1000 millón=1e6 millon=1e6 millones=1e6 millardo=1e9
millardos=1e9 billón=1e12 billon=1e12 billones=1e12 y=0:c
ambos=2:w ambas=2:w docena=12:w decena=10:w cientos=100:w miles=1000:w
primero=1:ow primera=1:ow primer=1:ow primeros=1:ow primeras=1:ow segundo=2:ow segunda=2:ow
segundos=2:ow tercero=3:o tercera=3:o tercer=3:o cuarto=4:ow cuarta=4:o quinto=5:o quinta=5:o
sexto=6:o sexta=6:o séptimo=7:o séptima=7:o octavo=8:ow octava=8:o octavos=8:ow noveno=9:o
novena=9:o décimo=10:o décima=10:o
medio=0.5:fw media=0.5:fw mitad=0.5:fw tercio=0.333333:fw
";

const DE: &str = "
jahrzehnt=10:w jahrzehnte=10:w jahrzehnten=10:w fünftel=5:o sechstel=6:o achtel=8:o zehntel=10:o
null=0:w ein=1:w eine=1:w einen=1:w einem=1:w einer=1:w eines=1:w eins=1 zwei=2 zwo=2 drei=3 vier=4
fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14
fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 dreissig=30
vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100 tausend=1000
million=1e6 millionen=1e6 milliarde=1e9 milliarden=1e9 billion=1e12 billionen=1e12 und=0:c
mio=1e6:b mrd=1e9:b tsd=1000:b
beide=2:w beiden=2:w dutzend=12:w hunderte=100:w tausende=1000:w zweimal=2:w dreimal=3:w
einmal=1:w
erste=1:ow ersten=1:ow erster=1:ow erstes=1:ow erstem=1:ow zweite=2:ow zweiten=2:ow zweiter=2:ow
zweites=2:ow dritte=3:o dritten=3:o dritter=3:o drittes=3:o vierte=4:o vierten=4:o vierter=4:o
fünfte=5:o fünften=5:o fünfter=5:o sechste=6:o sechsten=6:o siebte=7:o siebten=7:o achte=8:o
achten=8:o neunte=9:o neunten=9:o zehnte=10:o zehnten=10:o
halb=0.5:fw halbe=0.5:fw halben=0.5:fw halber=0.5:fw hälfte=0.5:fw viertel=0.25:fw drittel=0.333333:fw
";

const IT: &str = "
decennio=10:w decenni=10:w quarti=4:o terzi=3:o quinti=5:o sesti=6:o decimi=10:o
zero=0 un=1:w uno=1:w una=1:w due=2 tre=3 quattro=4 cinque=5 sei=6:w sette=7 otto=8 nove=9
dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 diciassette=17
diciotto=18 diciannove=19 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70
ottanta=80 novanta=90 cento=100 mille=1000 mila=1000 milione=1e6 milioni=1e6 miliardo=1e9
miliardi=1e9 bilione=1e12 e=0:c
mln=1e6:b mld=1e9:b mrd=1e9:b
entrambi=2:w entrambe=2:w decina=10:w dozzina=12:w centinaia=100:w migliaia=1000:w
primo=1:ow prima=1:ow primi=1:ow prime=1:ow secondo=2:ow seconda=2:ow terzo=3:o terza=3:o
quarto=4:ow quarta=4:o quinto=5:o quinta=5:o sesto=6:o sesta=6:o settimo=7:o settima=7:o
ottavo=8:o ottava=8:o nono=9:o nona=9:o decimo=10:o decima=10:o
mezzo=0.5:fw mezza=0.5:fw metà=0.5:fw
";

const PT: &str = "
década=10:w décadas=10:w terços=3:o quintos=5:o
zero=0 um=1:w uma=1:w dois=2 duas=2 três=3 tres=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9
dez=10 onze=11 doze=12 treze=13 catorze=14 quatorze=14 quinze=15 dezesseis=16 dezasseis=16
dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20 trinta=30 quarenta=40
cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem=100 cento=100 duzentos=200
duzentas=200 trezentos=300 trezentas=300 quatrocentos=400 quatrocentas=400 quinhentos=500
quinhentas=500 seiscentos=600 seiscentas=600 setecentos=700 setecentas=700 oitocentos=800
oitocentas=800 novecentos=900 novecentas=900 mil=1000 milhão=1e6 milhao=1e6 milhões=1e6
milhoes=1e6 bilhão=1e9 bilhao=1e9 bilhões=1e9 bilhoes=1e9 bilião=1e12 biliões=1e12 e=0:c
ambos=2:w ambas=2:w dezena=10:w dúzia=12:w centenas=100:w milhares=1000:w
primeiro=1:ow primeira=1:ow segundo=2:ow segunda=2:ow terceiro=3:o terceira=3:o quarto=4:ow
quarta=4:o quinto=5:o quinta=5:o sexto=6:o sexta=6:o sétimo=7:o sétima=7:o oitavo=8:o
oitava=8:o nono=9:o nona=9:o décimo=10:o décima=10:o
meio=0.5:fw meia=0.5:fw metade=0.5:fw
";

const NL: &str = "
nul=0 een=1:w één=1:w twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11
twaalf=12 dertien=13 veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 negentien=19
twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90
honderd=100 duizend=1000 miljoen=1e6 miljoenen=1e6:w miljard=1e9 miljarden=1e9:w biljoen=1e12
en=0:c mln=1e6:b mld=1e9:b
beide=2:w beiden=2:w dozijn=12:w honderden=100:w duizenden=1000:w
eerste=1:ow tweede=2:ow derde=3:o vierde=4:o vijfde=5:o zesde=6:o zevende=7:o achtste=8:o
negende=9:o tiende=10:o
half=0.5:fw halve=0.5:fw helft=0.5:fw kwart=0.25:fw
";

const PL: &str = "
zero=0 jeden=1:w jedna=1:w jedno=1:w jednego=1:w jednej=1:w jednym=1:w jedną=1:w dwa=2 dwie=2
dwóch=2 dwu=2 dwoma=2 dwom=2 trzy=3 trzech=3 trzema=3 trzem=3 cztery=4 czterech=4 czterema=4
pięć=5 pięciu=5 sześć=6 sześciu=6 siedem=7 siedmiu=7 osiem=8 ośmiu=8 dziewięć=9 dziewięciu=9
dziesięć=10 dziesięciu=10 jedenaście=11 jedenastu=11 dwanaście=12 dwunastu=12 trzynaście=13
trzynastu=13 czternaście=14 czternastu=14 piętnaście=15 piętnastu=15 szesnaście=16 szesnastu=16
siedemnaście=17 siedemnastu=17 osiemnaście=18 osiemnastu=18 dziewiętnaście=19 dziewiętnastu=19
dwadzieścia=20 dwudziestu=20 trzydzieści=30 trzydziestu=30 czterdzieści=40 czterdziestu=40
pięćdziesiąt=50 pięćdziesięciu=50 sześćdziesiąt=60 sześćdziesięciu=60 siedemdziesiąt=70
siedemdziesięciu=70 osiemdziesiąt=80 osiemdziesięciu=80 dziewięćdziesiąt=90 dziewięćdziesięciu=90
sto=100 stu=100 dwieście=200 dwustu=200 trzysta=300 trzystu=300 czterysta=400 pięćset=500
sześćset=600 siedemset=700 osiemset=800 dziewięćset=900 tysiąc=1000 tysiące=1000 tysięcy=1000
milion=1e6 miliony=1e6 milionów=1e6 miliard=1e9 miliardy=1e9 miliardów=1e9 bilion=1e12
tys=1000:b mln=1e6:b mld=1e9:b
oba=2:w obie=2:w obu=2:w obydwa=2:w obydwu=2:w obiema=2:w pół=0.5:fw połowa=0.5:fw
";

const CS: &str = "
desetiletí=10:w
nula=0 jeden=1:w jedna=1:w jedno=1:w jednoho=1:w jedné=1:w jednom=1:w dva=2 dvě=2 dvou=2 dvěma=2
tři=3 tří=3 třem=3 třemi=3 třech=3 čtyři=4 čtyř=4 čtyřem=4 čtyřmi=4 čtyřech=4 pět=5 pěti=5
šest=6 šesti=6 sedm=7 sedmi=7 osm=8 osmi=8 devět=9 devíti=9 deset=10 deseti=10 jedenáct=11
jedenácti=11 dvanáct=12 dvanácti=12 třináct=13 třinácti=13 čtrnáct=14 čtrnácti=14 patnáct=15
patnácti=15 šestnáct=16 šestnácti=16 sedmnáct=17 sedmnácti=17 osmnáct=18 osmnácti=18
devatenáct=19 devatenácti=19 dvacet=20 dvaceti=20 třicet=30 třiceti=30 čtyřicet=40 čtyřiceti=40
padesát=50 padesáti=50 šedesát=60 šedesáti=60 sedmdesát=70 sedmdesáti=70 osmdesát=80
osmdesáti=80 devadesát=90 devadesáti=90 sto=100 sta=100 set=100 tisíc=1000 tisíce=1000
milion=1e6 miliony=1e6 milionů=1e6 miliarda=1e9 miliardy=1e9 miliard=1e9
milionu=1e6 milionem=1e6 milionech=1e6 milionům=1e6 milióny=1e6 miliónů=1e6 miliónu=1e6
miliardu=1e9 miliardách=1e9 miliardami=1e9 miliardou=1e9 tisících=1000 tisícům=1000
tisícem=1000 tisícovek=1000:w sty=100 stech=100 stům=100 stovky=100:w stovek=100:w
tis=1000:b mil=1e6:b mld=1e9:b
oba=2:w obě=2:w obou=2:w oběma=2:w půl=0.5:fw polovina=0.5:fw
dvakrát=2:w třikrát=3:w čtyřikrát=4:w pětkrát=5:w šestkrát=6:w sedmkrát=7:w osmkrát=8:w
devětkrát=9:w desetkrát=10:w dvojnásobek=2:w trojnásobek=3:w čtvery=4:w patery=5:w dvoje=2:w
troje=3:w desítky=10:w desítek=10:w
";

/// Czech numbers as the first part of a compound ("třídenní", "pětiletý",
/// "pětiletka"), read by `number_prefix`.
const CS_MORPH: &str = "dvou=2 tří=3 čtyř=4 pěti=5 šesti=6 sedmi=7 osmi=8 devíti=9 deseti=10
jedenácti=11 dvanácti=12 třinácti=13 čtrnácti=14 patnácti=15 šestnácti=16 sedmnácti=17
osmnácti=18 devatenácti=19 dvaceti=20 třiceti=30 čtyřiceti=40 padesáti=50 šedesáti=60
sedmdesáti=70 osmdesáti=80 devadesáti=90";

const RU: &str = "
десятилетие=10:w десятилетия=10:w
ноль=0 один=1:w одна=1:w одно=1:w одного=1:w одной=1:w одном=1:w одним=1:w одну=1:w два=2 две=2
двух=2 двум=2 двумя=2 три=3 трех=3 трёх=3 трем=3 трём=3 тремя=3 четыре=4 четырех=4 четырёх=4
четырем=4 четырьмя=4 пять=5 пяти=5 пятью=5 шесть=6 шести=6 семь=7 семи=7 восемь=8 восьми=8
девять=9 девяти=9 десять=10 десяти=10 одиннадцать=11 одиннадцати=11 двенадцать=12 двенадцати=12
тринадцать=13 тринадцати=13 четырнадцать=14 четырнадцати=14 пятнадцать=15 пятнадцати=15
шестнадцать=16 шестнадцати=16 семнадцать=17 семнадцати=17 восемнадцать=18 восемнадцати=18
девятнадцать=19 девятнадцати=19 двадцать=20 двадцати=20 тридцать=30 тридцати=30 сорок=40
сорока=40 пятьдесят=50 пятидесяти=50 шестьдесят=60 шестидесяти=60 семьдесят=70 семидесяти=70
восемьдесят=80 восьмидесяти=80 девяносто=90 девяноста=90 сто=100 ста=100 двести=200 двухсот=200
триста=300 трехсот=300 четыреста=400 пятьсот=500 шестьсот=600 семьсот=700 восемьсот=800
девятьсот=900 тысяча=1000 тысячи=1000 тысяч=1000 тысячу=1000 миллион=1e6 миллиона=1e6
миллионов=1e6 миллиард=1e9 миллиарда=1e9 миллиардов=1e9 триллион=1e12
тыс=1000:b млн=1e6:b млрд=1e9:b трлн=1e12:b
оба=2:w обе=2:w обоих=2:w сутки=24:w суток=24:w пол=0.5:fw половина=0.5:fw
";

const UK: &str = "
десятиліття=10:w десятиліть=10:w
нуль=0 один=1:w одна=1:w одне=1:w одно=1:w одного=1:w одної=1:w однієї=1:w одному=1:w одній=1:w
одним=1:w однією=1:w одну=1:w два=2 дві=2 двох=2 двом=2 двома=2 три=3 трьох=3 трьом=3 трьома=3
чотири=4 чотирьох=4 чотирьом=4 чотирма=4 п'ять=5 п’ять=5 пʼять=5 пяти=5 п'яти=5 п’яти=5 пʼяти=5
п'ятьма=5 п’ятьма=5 шість=6 шести=6 шістьма=6 сім=7 семи=7 сімома=7 вісім=8 восьми=8 вісьмома=8
дев'ять=9 дев’ять=9 девʼять=9 дев'яти=9 дев’яти=9 девʼяти=9 десять=10 десяти=10 десятьма=10
одинадцять=11 одинадцяти=11 дванадцять=12 дванадцяти=12 тринадцять=13 тринадцяти=13
чотирнадцять=14 чотирнадцяти=14 п'ятнадцять=15 п’ятнадцять=15 пʼятнадцять=15 п'ятнадцяти=15
п’ятнадцяти=15 шістнадцять=16 шістнадцяти=16 сімнадцять=17 сімнадцяти=17 вісімнадцять=18
вісімнадцяти=18 дев'ятнадцять=19 дев’ятнадцять=19 дев'ятнадцяти=19 дев’ятнадцяти=19
двадцять=20 двадцяти=20 тридцять=30 тридцяти=30 сорок=40 сорока=40 п'ятдесят=50 п’ятдесят=50
пʼятдесят=50 п'ятдесяти=50 п’ятдесяти=50 шістдесят=60 шістдесяти=60 сімдесят=70 сімдесяти=70
вісімдесят=80 вісімдесяти=80 дев'яносто=90 дев’яносто=90 девʼяносто=90 сто=100 ста=100
двісті=200 двохсот=200 триста=300 трьохсот=300 чотириста=400 п'ятсот=500 п’ятсот=500
шістсот=600 сімсот=700 вісімсот=800 дев'ятсот=900 дев’ятсот=900
тисяча=1000 тисячі=1000 тисяч=1000 тисячу=1000 тисячею=1000 тисячам=1000 тисячами=1000
мільйон=1e6 мільйона=1e6 мільйони=1e6 мільйонів=1e6 мільйонами=1e6 мільйонам=1e6
мільярд=1e9 мільярда=1e9 мільярди=1e9 мільярдів=1e9 мільярдами=1e9 трильйон=1e12
трильйона=1e12 трильйони=1e12 трильйонів=1e12
тис=1000:b млн=1e6:b млрд=1e9:b трлн=1e12:b
обидва=2:w обидві=2:w обох=2:w двоє=2:w троє=3:w четверо=4:w пів=0.5:fw половина=0.5:fw
півтора=1.5:fw півтори=1.5:fw десяток=10:w десятки=10:w десятків=10:w сотні=100:w
сотень=100:w
";

const HI: &str = "
शून्य=0 एक=1:w दो=2 तीन=3 चार=4 पांच=5 पाँच=5 छह=6 छः=6 छ=6 सात=7 आठ=8 नौ=9 दस=10 ग्यारह=11
बारह=12 तेरह=13 चौदह=14 पंद्रह=15 पन्द्रह=15 सोलह=16 सत्रह=17 अठारह=18 उन्नीस=19 बीस=20
पच्चीस=25 तीस=30 चालीस=40 पचास=50 साठ=60 सत्तर=70 अस्सी=80 नब्बे=90 सौ=100 हज़ार=1000
हजार=1000 लाख=1e5 करोड़=1e7 करोड=1e7 अरब=1e9
दोनों=2:w आधा=0.5:fw आधे=0.5:fw आधी=0.5:fw
पहला=1:ow पहली=1:ow पहले=1:ow दूसरा=2:ow दूसरी=2:ow दूसरे=2:ow तीसरा=3:o तीसरी=3:o तीसरे=3:o
चौथा=4:o चौथी=4:o चौथे=4:o
";

/// Morphemes of languages that write a number as one word, for
/// `compound`: German, Dutch and Italian.
const DE_MORPH: &str = "ein=1 eins=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9
zehn=10 elf=11 zwölf=12 sechzehn=16 siebzehn=17 zwanzig=20 dreißig=30 dreissig=30 vierzig=40
fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100 tausend=1000 und=0:c";
const NL_MORPH: &str = "een=1 één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9
tien=10 elf=11 twaalf=12 dertien=13 veertien=14 twintig=20 dertig=30 veertig=40 vijftig=50
zestig=60 zeventig=70 tachtig=80 negentig=90 honderd=100 duizend=1000 en=0:c ën=0:c";
const IT_MORPH: &str = "uno=1 un=1 due=2 tre=3 tré=3 quattro=4 cinque=5 sei=6 sette=7 otto=8
nove=9 dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16
diciassette=17 diciotto=18 diciannove=19 venti=20 vent=20 trenta=30 trent=30 quaranta=40
quarant=40 cinquanta=50 cinquant=50 sessanta=60 sessant=60 settanta=70 settant=70 ottanta=80
ottant=80 novanta=90 novant=90 cento=100 cent=100 mille=1000 mila=1000";

/// Set phrases whose number words are no count to carry over (idioms), or
/// stand for another value (tournament rounds: "octavos de final" are the last
/// 16). Their mentions can satisfy a match but are never reported.
pub const PHRASES: &[(Lang, &str, Option<f64>)] = &[
    (Lang::Es, "octavos de final", Some(16.0)),
    (Lang::Es, "cuartos de final", Some(8.0)),
    (Lang::Fr, "huitièmes de finale", Some(16.0)),
    (Lang::Fr, "quarts de finale", Some(8.0)),
    (Lang::It, "ottavi di finale", Some(16.0)),
    (Lang::It, "quarti di finale", Some(8.0)),
    (Lang::Pt, "oitavas de final", Some(16.0)),
    (Lang::Pt, "quartas de final", Some(8.0)),
    (Lang::De, "achtelfinale", Some(16.0)),
    (Lang::De, "viertelfinale", Some(8.0)),
    (Lang::Nl, "achtste finales", Some(16.0)),
    (Lang::Nl, "kwartfinale", Some(8.0)),
    (Lang::En, "quarter-finals", Some(8.0)),
    (Lang::En, "quarterfinals", Some(8.0)),
    (Lang::En, "quarter-final", Some(8.0)),
    (Lang::En, "one another", None),
    (Lang::En, "at once", None),
    (Lang::En, "second-hand", None),
    (Lang::Fr, "trois fois rien", None),
    (Lang::Fr, "deux-roues", None),
    (Lang::Es, "sin embargo", None),
    (Lang::It, "a due passi", None),
    (Lang::De, "ab und zu", None),
    (Lang::De, "außer acht", None),
    (Lang::En, "third party", Some(3.0)),
    (Lang::En, "third-party", Some(3.0)),
    (Lang::En, "third parties", Some(3.0)),
];

fn parse_table(table: &str) -> HashMap<String, Entry> {
    let mut map = HashMap::new();
    for item in table.split_whitespace() {
        let Some((word, rest)) = item.split_once('=') else {
            continue;
        };
        let (value, flags) = rest.split_once(':').unwrap_or((rest, ""));
        let Ok(value) = value.parse::<f64>() else {
            continue;
        };
        let class = if flags.contains('c') {
            Class::Connector
        } else if flags.contains('a') {
            Class::Article
        } else if flags.contains('b') {
            Class::ScaleAbbrev
        } else if flags.contains('o') {
            Class::Ordinal
        } else if flags.contains('f') {
            Class::Fraction
        } else if value >= 1000.0 && !flags.contains('w') {
            Class::Scale
        } else {
            Class::Cardinal
        };
        map.insert(
            word.to_string(),
            Entry {
                value,
                class,
                weak: flags.contains('w'),
            },
        );
    }
    map
}

fn table_of(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::En => EN,
        Lang::Fr => FR,
        Lang::Es | Lang::Ca => ES,
        Lang::De => DE,
        Lang::It => IT,
        Lang::Pt => PT,
        Lang::Nl => NL,
        Lang::Pl => PL,
        Lang::Cs => CS,
        Lang::Ru => RU,
        Lang::Uk => UK,
        Lang::Hi => HI,
        _ => return None,
    })
}

/// Ukrainian ordinals decline like adjectives: stems (in the table syntax)
/// and the case endings they take ("четвертий", "четвертого", "четвертої").
const UK_ORDINAL_STEMS: &str = "перш=1:ow друг=2:ow четверт=4:o п'ят=5:o шост=6:o сьом=7:o
восьм=8:o дев'ят=9:o десят=10:o одинадцят=11:o дванадцят=12:o п'ятнадцят=15:o двадцят=20:o
тридцят=30:o сороков=40:o";
const UK_ORDINAL_ENDINGS: &str = "ий ого ому им ім а ої ій у ою е і их ими";
/// "третій" is the soft exception.
const UK_ORDINAL_SOFT: &str = "трет=3:o";
const UK_ORDINAL_SOFT_ENDINGS: &str = "ій ього ьому ім я ьої ю ьою є і іх іми";

fn ordinal_stems_of(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Uk => &[
            (UK_ORDINAL_STEMS, UK_ORDINAL_ENDINGS),
            (UK_ORDINAL_SOFT, UK_ORDINAL_SOFT_ENDINGS),
        ],
        _ => &[],
    }
}

/// Ukrainian numbers as the first part of a compound ("чотириденний",
/// "п'ятирічний", "двоповерховий").
const UK_MORPH: &str = "дво=2 двох=2 три=3 трьох=3 чотири=4 чотирьох=4 п'яти=5 шести=6 семи=7
восьми=8 дев'яти=9 десяти=10 дванадцяти=12 двадцяти=20";

fn morph_of(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::De => DE_MORPH,
        Lang::Nl => NL_MORPH,
        Lang::It => IT_MORPH,
        Lang::Cs => CS_MORPH,
        Lang::Uk => UK_MORPH,
        _ => return None,
    })
}

type Tables = HashMap<Lang, (HashMap<String, Entry>, Vec<(String, Entry)>)>;

fn tables() -> &'static Tables {
    static CELL: OnceLock<Tables> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut all = HashMap::new();
        for lang in Lang::ALL {
            let mut words = table_of(lang).map(parse_table).unwrap_or_default();
            for (stems, endings) in ordinal_stems_of(lang) {
                for (stem, entry) in parse_table(stems) {
                    for ending in endings.split_whitespace() {
                        words.entry(format!("{stem}{ending}")).or_insert(entry);
                    }
                }
            }
            let mut morphs: Vec<(String, Entry)> = morph_of(lang)
                .map(parse_table)
                .unwrap_or_default()
                .into_iter()
                .collect();
            // Longest first, so that "dreizehn" is not read as "drei" + "zehn"
            // when the table has it whole, and the order is deterministic.
            morphs.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
            all.insert(lang, (words, morphs));
        }
        all
    })
}

/// Whether the language has a table of number words here; for the others only
/// digits (and CJK numerals) are read, and word numbers on the other side are
/// treated as unreliable.
pub fn has_words(lang: Lang) -> bool {
    table_of(lang).is_some() || matches!(lang, Lang::Zh | Lang::Ja)
}

/// Whether the language's table has ordinal words.
pub fn has_ordinal_words(lang: Lang) -> bool {
    matches!(
        lang,
        Lang::En
            | Lang::Fr
            | Lang::Es
            | Lang::De
            | Lang::It
            | Lang::Pt
            | Lang::Nl
            | Lang::Ca
            | Lang::Uk
    )
}

/// The entry of a lower-cased word.
pub fn lookup(lang: Lang, word: &str) -> Option<Entry> {
    tables().get(&lang)?.0.get(word).copied()
}

/// A one-word compound number ("dreiundzwanzig", "zweihundert",
/// "duemilaventuno", "drieëntwintig"), as the values of its morphemes in order.
/// `None` unless the whole word splits into at least two morphemes.
pub fn compound(lang: Lang, word: &str) -> Option<Vec<Entry>> {
    let morphs = &tables().get(&lang)?.1;
    if morphs.is_empty() || word.len() < 5 {
        return None;
    }
    let mut out = Vec::new();
    if split(word, morphs, &mut out) && out.len() >= 2 {
        Some(out)
    } else {
        None
    }
}

fn split(rest: &str, morphs: &[(String, Entry)], out: &mut Vec<Entry>) -> bool {
    if rest.is_empty() {
        return true;
    }
    for (m, e) in morphs {
        if let Some(tail) = rest.strip_prefix(m.as_str()) {
            out.push(*e);
            if split(tail, morphs, out) {
                return true;
            }
            out.pop();
        }
    }
    false
}

/// A number at the start of a compound word whose rest is not a number
/// ("vierköpfige", "driejarige"): the value of the leading number word.
pub fn number_prefix(lang: Lang, word: &str) -> Option<f64> {
    let morphs = &tables().get(&lang)?.1;
    for (m, e) in morphs {
        if e.class == Class::Connector || e.value < 2.0 {
            continue;
        }
        if let Some(tail) = word.strip_prefix(m.as_str()) {
            if tail.chars().count() >= 4 && compound(lang, word).is_none() {
                return Some(e.value);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tables_and_compounds() {
        assert_eq!(lookup(Lang::Fr, "milliard").map(|e| e.value), Some(1e9));
        assert_eq!(lookup(Lang::Fr, "billion").map(|e| e.value), Some(1e12));
        assert_eq!(lookup(Lang::En, "billion").map(|e| e.value), Some(1e9));
        assert!(lookup(Lang::En, "one").is_some_and(|e| e.weak));
        let c = compound(Lang::De, "dreiundzwanzig").unwrap();
        assert_eq!(
            c.iter().map(|e| e.value).collect::<Vec<_>>(),
            vec![3.0, 0.0, 20.0]
        );
        assert!(compound(Lang::It, "duemilaventuno").is_some());
        assert!(compound(Lang::De, "achtung").is_none());
        assert_eq!(number_prefix(Lang::De, "vierköpfige"), Some(4.0));
    }
}
