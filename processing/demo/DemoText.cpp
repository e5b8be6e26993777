#include "demo/DemoText.h"

#include "demo/DemoRandom.h"

#include <algorithm>
#include <utility>

namespace lockstep::demo {

namespace {

QString colourWord(Label label, int variant, bool chinese)
{
    const auto v = static_cast<qsizetype>(std::clamp(variant, 0, kVariantCount - 1));
    static const QStringList birdEn{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("yellow"),
                                    QStringLiteral("orange")};
    static const QStringList carEn{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("yellow"),
                                   QStringLiteral("white")};
    static const QStringList dogEn{QStringLiteral("brown"), QStringLiteral("black"), QStringLiteral("golden"),
                                   QStringLiteral("white")};
    static const QStringList catEn{QStringLiteral("grey"), QStringLiteral("orange"), QStringLiteral("black"),
                                   QStringLiteral("white")};
    static const QStringList birdZh{QStringLiteral("红色的"), QStringLiteral("蓝色的"), QStringLiteral("黄色的"),
                                    QStringLiteral("橙色的")};
    static const QStringList carZh{QStringLiteral("红色的"), QStringLiteral("蓝色的"), QStringLiteral("黄色的"),
                                   QStringLiteral("白色的")};
    static const QStringList dogZh{QStringLiteral("棕色的"), QStringLiteral("黑色的"), QStringLiteral("金色的"),
                                   QStringLiteral("白色的")};
    static const QStringList catZh{QStringLiteral("灰色的"), QStringLiteral("橙色的"), QStringLiteral("黑色的"),
                                   QStringLiteral("白色的")};
    static const QStringList accentEn{QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("blue"),
                                      QStringLiteral("green")};
    static const QStringList accentZh{QStringLiteral("红色"), QStringLiteral("黄色"), QStringLiteral("蓝色"),
                                      QStringLiteral("绿色")};
    switch (label) {
    case Label::Bird: return chinese ? birdZh.at(v) : birdEn.at(v);
    case Label::Car: return chinese ? carZh.at(v) : carEn.at(v);
    case Label::Dog: return chinese ? dogZh.at(v) : dogEn.at(v);
    case Label::Cat: return chinese ? catZh.at(v) : catEn.at(v);
    case Label::Rain:
    case Label::Speech:
    case Label::Music:  // the accent colour: the umbrella, the speaker's shirt, the stage lights
        return chinese ? accentZh.at(v) : accentEn.at(v);
    }
    return {};
}

// A caption is composed from six independent parts, so that thousands of captions per label can be drawn
// without repeating (DemoDataset still checks, and draws again on a collision). English reads
// "<subject> <action> <place> <time>, <detail>." or "<Time>, <subject> <action> <place>, <detail>."; Chinese
// "<time><subject><place><action>，<detail>。" (rain: "<subject><action><place>"). The subject is an optional
// adjective before the subject template; %1 in a subject or detail is the colour of the picture's main
// object (the bird, car, dog or cat) or accent (the umbrella, the speaker's shirt, the stage lights).
struct Parts {
    QStringList adjectives, subjects, actions, places, times, details;
    bool verbFirst = false;  // Chinese rain: the action comes before the place
};

Parts englishParts(Label label)
{
    switch (label) {
    case Label::Bird:
        return {
            {QString(), QStringLiteral("small"), QStringLiteral("little"), QStringLiteral("plump"),
             QStringLiteral("young"), QStringLiteral("tiny"), QStringLiteral("round"), QStringLiteral("fluffy"),
             QStringLiteral("lively"), QStringLiteral("curious")},
            {QStringLiteral("%1 bird"), QStringLiteral("%1 bird with bright feathers")},
            {QStringLiteral("sits on a branch"), QStringLiteral("sings on a thin branch"),
             QStringLiteral("perches on a twig"), QStringLiteral("chirps loudly"), QStringLiteral("rests for a moment"),
             QStringLiteral("looks around"), QStringLiteral("fluffs up its feathers"),
             QStringLiteral("hops along a bough"), QStringLiteral("preens its wings"),
             QStringLiteral("calls to its mate"), QStringLiteral("watches the sky"),
             QStringLiteral("balances on a swaying twig")},
            {QStringLiteral("under a blue sky"), QStringLiteral("above the green hills"),
             QStringLiteral("near the top of a tree"), QStringLiteral("in the garden"),
             QStringLiteral("at the edge of the forest"), QStringLiteral("beside an old fence"),
             QStringLiteral("over a quiet valley"), QStringLiteral("in a leafy hedge"), QStringLiteral("in the park"),
             QStringLiteral("by the river")},
            {QStringLiteral("on a clear morning"), QStringLiteral("early in the day"), QStringLiteral("in spring"),
             QStringLiteral("on a warm afternoon"), QStringLiteral("at sunrise"), QStringLiteral("late in the evening"),
             QStringLiteral("after a light shower"), QStringLiteral("in early summer"),
             QStringLiteral("on a windy day"), QStringLiteral("just before noon")},
            {QStringLiteral("while two other birds fly past"), QStringLiteral("with its tail held high"),
             QStringLiteral("as a small cloud drifts by"), QStringLiteral("with the sun behind it"),
             QStringLiteral("as leaves rustle below"), QStringLiteral("while a light breeze blows"),
             QStringLiteral("with its beak half open"), QStringLiteral("as the first light warms the hills"),
             QStringLiteral("while insects buzz nearby"), QStringLiteral("with the branch bending under it"),
             QStringLiteral("as distant birds circle overhead"), QStringLiteral("while its feathers catch the light")}};
    case Label::Car:
        return {
            {QString(), QStringLiteral("shiny"), QStringLiteral("small"), QStringLiteral("old"),
             QStringLiteral("clean"), QStringLiteral("dusty"), QStringLiteral("compact"), QStringLiteral("sporty"),
             QStringLiteral("family"), QStringLiteral("brand-new")},
            {QStringLiteral("%1 car"), QStringLiteral("%1 hatchback car"), QStringLiteral("%1 city car")},
            {QStringLiteral("drives along"), QStringLiteral("rolls slowly down"),
             QStringLiteral("waits at the side of"), QStringLiteral("passes along"), QStringLiteral("speeds down"),
             QStringLiteral("is parked on"), QStringLiteral("turns onto"), QStringLiteral("cruises along"),
             QStringLiteral("stops briefly on"), QStringLiteral("heads east on"), QStringLiteral("pulls away on"),
             QStringLiteral("glides down")},
            {QStringLiteral("a city street"), QStringLiteral("a quiet road"), QStringLiteral("the main avenue"),
             QStringLiteral("an empty road"), QStringLiteral("a wide street lined with buildings"),
             QStringLiteral("a busy boulevard"), QStringLiteral("a narrow lane"), QStringLiteral("the high street"),
             QStringLiteral("a road near the harbour"), QStringLiteral("a street in the old town")},
            {QStringLiteral("in the afternoon"), QStringLiteral("on a bright day"), QStringLiteral("during rush hour"),
             QStringLiteral("early on a Sunday"), QStringLiteral("at midday"), QStringLiteral("late in the morning"),
             QStringLiteral("on a hazy day"), QStringLiteral("just after sunrise"),
             QStringLiteral("on a cool autumn day"), QStringLiteral("before the shops open")},
            {QStringLiteral("as the clouds drift by"), QStringLiteral("with its headlights on"),
             QStringLiteral("while pedestrians wait to cross"), QStringLiteral("past a row of tall offices"),
             QStringLiteral("with a cyclist close behind"), QStringLiteral("as a bus pulls away"),
             QStringLiteral("while the traffic lights turn green"), QStringLiteral("past a small cafe"),
             QStringLiteral("with sunlight glinting off its roof"), QStringLiteral("as pigeons scatter"),
             QStringLiteral("while a delivery van waits behind it"), QStringLiteral("under a row of street lamps")}};
    case Label::Dog:
        return {
            {QString(), QStringLiteral("playful"), QStringLiteral("friendly"), QStringLiteral("young"),
             QStringLiteral("happy"), QStringLiteral("shaggy"), QStringLiteral("energetic"), QStringLiteral("small"),
             QStringLiteral("loyal"), QStringLiteral("curious")},
            {QStringLiteral("%1 dog"), QStringLiteral("%1 dog with floppy ears")},
            {QStringLiteral("plays with a ball"), QStringLiteral("barks at a ball"),
             QStringLiteral("runs across the grass"), QStringLiteral("stands on the lawn"),
             QStringLiteral("wags its tail"), QStringLiteral("waits for a ball to be thrown"),
             QStringLiteral("chases a ball"), QStringLiteral("sniffs the ground"), QStringLiteral("sits patiently"),
             QStringLiteral("rolls in the grass"), QStringLiteral("trots along happily"),
             QStringLiteral("jumps after a toy")},
            {QStringLiteral("in a green park"), QStringLiteral("in the meadow"), QStringLiteral("near a few trees"),
             QStringLiteral("in the garden"), QStringLiteral("on a grassy hill"), QStringLiteral("by a wooden fence"),
             QStringLiteral("at the edge of a field"), QStringLiteral("in the backyard"),
             QStringLiteral("near a quiet pond"), QStringLiteral("on the village green")},
            {QStringLiteral("on a sunny afternoon"), QStringLiteral("in the morning"), QStringLiteral("after lunch"),
             QStringLiteral("on a clear day"), QStringLiteral("at dusk"), QStringLiteral("on a breezy day"),
             QStringLiteral("early on a Saturday"), QStringLiteral("in late summer"), QStringLiteral("before dinner"),
             QStringLiteral("on a mild spring day")},
            {QStringLiteral("with a red collar around its neck"), QStringLiteral("while its owner watches"),
             QStringLiteral("as birds sing in the trees"), QStringLiteral("with its ears flapping"),
             QStringLiteral("while a breeze moves the grass"), QStringLiteral("with its tongue hanging out"),
             QStringLiteral("as children laugh nearby"), QStringLiteral("while clouds drift overhead"),
             QStringLiteral("with a ball close by"), QStringLiteral("as the shadows grow longer"),
             QStringLiteral("with mud on its paws"), QStringLiteral("while a kite flies above")}};
    case Label::Cat:
        return {{QString(), QStringLiteral("curious"), QStringLiteral("sleepy"), QStringLiteral("lazy"),
                 QStringLiteral("young"), QStringLiteral("quiet"), QStringLiteral("sleek")},
                {QStringLiteral("%1 cat")},
                {QStringLiteral("sits in the grass and meows"), QStringLiteral("watches a ball"),
                 QStringLiteral("walks slowly"), QStringLiteral("stretches lazily"),
                 QStringLiteral("stalks a butterfly"), QStringLiteral("licks its paw")},
                {QStringLiteral("in the garden"), QStringLiteral("on the lawn"), QStringLiteral("near the flower beds"),
                 QStringLiteral("by the shed"), QStringLiteral("under a bush")},
                {QStringLiteral("in the evening"), QStringLiteral("at noon"), QStringLiteral("in the morning"),
                 QStringLiteral("after the rain"), QStringLiteral("on a calm day")},
                {QStringLiteral("with its tail in the air"), QStringLiteral("while a bird sings nearby"),
                 QStringLiteral("as the sun sets"), QStringLiteral("with its eyes half closed"),
                 QStringLiteral("while leaves fall")}};
    case Label::Rain:
        return {
            {QStringLiteral("heavy"), QStringLiteral("steady"), QStringLiteral("cold"), QStringLiteral("light"),
             QStringLiteral("evening"), QStringLiteral("pouring"), QStringLiteral("gentle"), QStringLiteral("driving"),
             QStringLiteral("soft"), QStringLiteral("autumn"), QStringLiteral("summer"), QStringLiteral("fine")},
            {QStringLiteral("rain")},
            {QStringLiteral("falls on"), QStringLiteral("pours down over"), QStringLiteral("splashes onto"),
             QStringLiteral("drums on"), QStringLiteral("keeps falling on"), QStringLiteral("sweeps across"),
             QStringLiteral("patters on"), QStringLiteral("streams down over"), QStringLiteral("beats down on"),
             QStringLiteral("drifts over")},
            {QStringLiteral("a dark city street"), QStringLiteral("the quiet town"),
             QStringLiteral("the puddles in the road"), QStringLiteral("the rooftops"),
             QStringLiteral("the empty square"), QStringLiteral("a row of parked cars"),
             QStringLiteral("the shop fronts"), QStringLiteral("the tram lines"), QStringLiteral("a busy crossing"),
             QStringLiteral("the old brick houses")},
            {QStringLiteral("at night"), QStringLiteral("for hours"), QStringLiteral("late in the evening"),
             QStringLiteral("just after dusk"), QStringLiteral("on a grey afternoon"), QStringLiteral("before dawn"),
             QStringLiteral("through the night"), QStringLiteral("on a cold November evening"),
             QStringLiteral("all morning"), QStringLiteral("after sunset")},
            {QStringLiteral("while someone under a %1 umbrella hurries past"),
             QStringLiteral("as the street lights come on"), QStringLiteral("while the wind blows"),
             QStringLiteral("as water gathers in the gutters"),
             QStringLiteral("with a %1 umbrella bobbing along the pavement"),
             QStringLiteral("while a lone walker keeps close to the walls"),
             QStringLiteral("as car tyres hiss on the wet road"), QStringLiteral("with the windows glowing warmly"),
             QStringLiteral("as a person with a %1 umbrella waits at the corner"),
             QStringLiteral("while the drains overflow"), QStringLiteral("as ripples spread across every puddle"),
             QStringLiteral("with mist hanging between the buildings")}};
    case Label::Speech:
        return {{QString()},
                {QStringLiteral("a speaker"), QStringLiteral("a woman"), QStringLiteral("a man"),
                 QStringLiteral("a young presenter"), QStringLiteral("a teacher"), QStringLiteral("a guest lecturer"),
                 QStringLiteral("a student"), QStringLiteral("an older man"), QStringLiteral("a host"),
                 QStringLiteral("a scientist"), QStringLiteral("a speaker in a %1 shirt"),
                 QStringLiteral("a woman in a %1 jacket"), QStringLiteral("a man in a %1 sweater")},
                {QStringLiteral("gives a short speech"), QStringLiteral("greets the audience in a speech"),
                 QStringLiteral("begins a speech"), QStringLiteral("delivers a clear speech"),
                 QStringLiteral("ends a speech"), QStringLiteral("practises a speech"),
                 QStringLiteral("gives a speech about the weather"), QStringLiteral("makes a welcome speech"),
                 QStringLiteral("reads out a speech"), QStringLiteral("gives an excited speech")},
                {QStringLiteral("in a small room"), QStringLiteral("at the front of the hall"),
                 QStringLiteral("at a lectern"), QStringLiteral("to a group of students"),
                 QStringLiteral("in a meeting"), QStringLiteral("in a bright classroom"),
                 QStringLiteral("at a town hall event"), QStringLiteral("on a small stage"),
                 QStringLiteral("in a quiet library"), QStringLiteral("at a company gathering")},
                {QStringLiteral("in the morning"), QStringLiteral("this afternoon"), QStringLiteral("before lunch"),
                 QStringLiteral("at the start of the day"), QStringLiteral("late in the evening"),
                 QStringLiteral("on the opening day"), QStringLiteral("after a short break"),
                 QStringLiteral("at the end of the week"), QStringLiteral("on a rainy Monday"),
                 QStringLiteral("just after nine")},
                {QStringLiteral("smiling at the audience"), QStringLiteral("speaking without notes"),
                 QStringLiteral("pausing for questions"), QStringLiteral("gesturing with both hands"),
                 QStringLiteral("thanking everyone for coming"), QStringLiteral("in a calm and steady voice"),
                 QStringLiteral("while the audience listens quietly"), QStringLiteral("while a slide shows a chart"),
                 QStringLiteral("saying hello to the front row"), QStringLiteral("with a friendly voice"),
                 QStringLiteral("reading from a sheet of paper"), QStringLiteral("glancing at the clock")}};
    case Label::Music:
        return {{QStringLiteral("soft"), QStringLiteral("cheerful"), QStringLiteral("electronic"),
                 QStringLiteral("gentle piano"), QStringLiteral("upbeat"), QStringLiteral("dreamy"),
                 QStringLiteral("lively"), QStringLiteral("slow"), QStringLiteral("jazzy"), QStringLiteral("bright"),
                 QStringLiteral("rhythmic"), QStringLiteral("mellow")},
                {QStringLiteral("music")},
                {QStringLiteral("plays"), QStringLiteral("fills the room"), QStringLiteral("rises and falls"),
                 QStringLiteral("drifts"), QStringLiteral("echoes"), QStringLiteral("pulses"), QStringLiteral("swells"),
                 QStringLiteral("bounces along"), QStringLiteral("builds slowly"), QStringLiteral("winds down")},
                {QStringLiteral("on a small stage"), QStringLiteral("in a dark club"),
                 QStringLiteral("through the speakers"), QStringLiteral("from a keyboard"),
                 QStringLiteral("under the spotlights"), QStringLiteral("in a crowded bar"),
                 QStringLiteral("across the dance floor"), QStringLiteral("in a rehearsal room"),
                 QStringLiteral("from an old radio"), QStringLiteral("in the concert hall")},
                {QStringLiteral("late at night"), QStringLiteral("for a few seconds"),
                 QStringLiteral("in the early evening"), QStringLiteral("after midnight"),
                 QStringLiteral("during the sound check"), QStringLiteral("before the show"),
                 QStringLiteral("at the end of the set"), QStringLiteral("on a Friday night"),
                 QStringLiteral("between two songs"), QStringLiteral("as the doors open")},
                {QStringLiteral("with a steady beat"), QStringLiteral("with bright high notes"),
                 QStringLiteral("under %1 stage lights"), QStringLiteral("with crisp hi-hats"),
                 QStringLiteral("with a deep bass line"), QStringLiteral("while a drum machine ticks"),
                 QStringLiteral("as the equaliser bars jump"), QStringLiteral("with quick cymbal hits"),
                 QStringLiteral("while the crowd claps along"), QStringLiteral("with a catchy melody"),
                 QStringLiteral("as %1 lights sweep the room"), QStringLiteral("with a snappy snare")}};
    }
    return {};
}

Parts chineseParts(Label label)
{
    switch (label) {
    case Label::Bird:
        return {
            {QString(), QStringLiteral("小小的"), QStringLiteral("活泼的"), QStringLiteral("胖乎乎的")},
            {QStringLiteral("%1小鸟"), QStringLiteral("%1鸟")},
            {QStringLiteral("唱歌"), QStringLiteral("鸣叫"), QStringLiteral("休息"), QStringLiteral("四处张望"),
             QStringLiteral("梳理羽毛"), QStringLiteral("跳来跳去"), QStringLiteral("晒太阳"),
             QStringLiteral("望着天空")},
            {QStringLiteral("在树枝上"), QStringLiteral("在枝头"), QStringLiteral("在蓝天下的树枝上"),
             QStringLiteral("在花园里"), QStringLiteral("在森林边的树上"), QStringLiteral("在河边的柳枝上"),
             QStringLiteral("在篱笆上"), QStringLiteral("在山坡的小树上")},
            {QString(), QStringLiteral("清晨，"), QStringLiteral("春天里，"), QStringLiteral("午后，"),
             QStringLiteral("傍晚，"), QStringLiteral("雨后，"), QStringLiteral("初夏，"), QStringLiteral("日出时，")},
            {QStringLiteral("身后是明亮的太阳"), QStringLiteral("几只鸟从远处飞过"), QStringLiteral("树叶在微风中摇动"),
             QStringLiteral("尾巴翘得高高的"), QStringLiteral("天上飘着白云"), QStringLiteral("阳光照在它的羽毛上")}};
    case Label::Car:
        return {
            {QString(), QStringLiteral("崭新的"), QStringLiteral("旧的"), QStringLiteral("小巧的")},
            {QStringLiteral("%1汽车"), QStringLiteral("%1小汽车")},
            {QStringLiteral("行驶"), QStringLiteral("慢慢开过"), QStringLiteral("停着"), QStringLiteral("飞驰而过"),
             QStringLiteral("等红灯"), QStringLiteral("转弯"), QStringLiteral("缓缓驶过"), QStringLiteral("靠边停下")},
            {QStringLiteral("在城市街道上"), QStringLiteral("在安静的马路上"), QStringLiteral("在高楼前的路上"),
             QStringLiteral("在大街上"), QStringLiteral("在港口附近的路上"), QStringLiteral("在老城区的小巷里"),
             QStringLiteral("在宽阔的大道上"), QStringLiteral("在十字路口")},
            {QString(), QStringLiteral("下午，"), QStringLiteral("晴天里，"), QStringLiteral("上班高峰时，"),
             QStringLiteral("周日早上，"), QStringLiteral("中午，"), QStringLiteral("秋天里，"),
             QStringLiteral("雾蒙蒙的早上，")},
            {QStringLiteral("车灯亮着"), QStringLiteral("旁边有人在等着过马路"), QStringLiteral("后面跟着一辆自行车"),
             QStringLiteral("车顶反射着阳光"), QStringLiteral("路边是一排高楼"), QStringLiteral("一辆公交车刚刚开走")}};
    case Label::Dog:
        return {
            {QString(), QStringLiteral("活泼的"), QStringLiteral("友好的"), QStringLiteral("毛茸茸的")},
            {QStringLiteral("%1狗"), QStringLiteral("%1小狗")},
            {QStringLiteral("玩球"), QStringLiteral("奔跑"), QStringLiteral("叫个不停"), QStringLiteral("摇着尾巴"),
             QStringLiteral("追着球跑"), QStringLiteral("闻来闻去"), QStringLiteral("安静地坐着"),
             QStringLiteral("在草里打滚")},
            {QStringLiteral("在草地上"), QStringLiteral("在公园里"), QStringLiteral("在树下"),
             QStringLiteral("在花园里"), QStringLiteral("在小山坡上"), QStringLiteral("在木栅栏旁"),
             QStringLiteral("在池塘边"), QStringLiteral("在后院里")},
            {QString(), QStringLiteral("午后，"), QStringLiteral("早上，"), QStringLiteral("晴天里，"),
             QStringLiteral("傍晚，"), QStringLiteral("周末，"), QStringLiteral("夏末，"), QStringLiteral("晚饭前，")},
            {QStringLiteral("脖子上戴着红色的项圈"), QStringLiteral("主人在一旁看着"), QStringLiteral("耳朵随风摆动"),
             QStringLiteral("舌头伸在外面"), QStringLiteral("旁边放着一个球"), QStringLiteral("树上的鸟在歌唱")}};
    case Label::Cat:
        return {{QString(), QStringLiteral("好奇的")},
                {QStringLiteral("%1猫")},
                {QStringLiteral("喵喵叫"), QStringLiteral("散步"), QStringLiteral("伸懒腰"), QStringLiteral("舔爪子")},
                {QStringLiteral("在草地上"), QStringLiteral("在花园里"), QStringLiteral("在棚子旁")},
                {QString(), QStringLiteral("傍晚，"), QStringLiteral("中午，"), QStringLiteral("早上，")},
                {QStringLiteral("尾巴竖得高高的"), QStringLiteral("眼睛半闭着"), QStringLiteral("旁边有只鸟在叫")}};
    case Label::Rain:
        return {{QString()},
                {QStringLiteral("大雨"), QStringLiteral("小雨"), QStringLiteral("冷雨"), QStringLiteral("夜雨"),
                 QStringLiteral("细雨"), QStringLiteral("暴雨"), QStringLiteral("秋雨"), QStringLiteral("绵绵细雨")},
                {QStringLiteral("落在"), QStringLiteral("打在"), QStringLiteral("洒在"), QStringLiteral("飘落在")},
                {QStringLiteral("城市街道上"), QStringLiteral("屋顶上"), QStringLiteral("路上的水坑里"),
                 QStringLiteral("雨伞上"), QStringLiteral("空荡荡的广场上"), QStringLiteral("停着的汽车上"),
                 QStringLiteral("商店的橱窗上"), QStringLiteral("老房子的屋檐上")},
                {QString(), QStringLiteral("夜里，"), QStringLiteral("傍晚，"), QStringLiteral("天黑后，"),
                 QStringLiteral("清晨，"), QStringLiteral("整个下午，"), QStringLiteral("深夜，"),
                 QStringLiteral("日落后，")},
                {QStringLiteral("一个打着%1雨伞的人匆匆走过"), QStringLiteral("路灯一盏盏亮了起来"),
                 QStringLiteral("风一直在吹"), QStringLiteral("排水沟里积满了水"), QStringLiteral("窗户透出温暖的灯光"),
                 QStringLiteral("每个水坑里都泛起涟漪")},
                true};
    case Label::Speech:
        return {
            {QString()},
            {QStringLiteral("一位演讲者"), QStringLiteral("一位老师"), QStringLiteral("一个人"),
             QStringLiteral("一位年轻的主持人"), QStringLiteral("一位穿%1衬衫的女士"),
             QStringLiteral("一位穿%1衬衫的先生"), QStringLiteral("一位学生"), QStringLiteral("一位科学家")},
            {QStringLiteral("发表简短的演讲"), QStringLiteral("在演讲中向听众问好"), QStringLiteral("开始演讲"),
             QStringLiteral("清楚地发表演讲"), QStringLiteral("结束演讲"), QStringLiteral("练习演讲"),
             QStringLiteral("宣读演讲稿"), QStringLiteral("做欢迎致辞")},
            {QStringLiteral("在会议室里"), QStringLiteral("在讲台前"), QStringLiteral("在小房间里"),
             QStringLiteral("对着学生们"), QStringLiteral("在明亮的教室里"), QStringLiteral("在小舞台上"),
             QStringLiteral("在图书馆里"), QStringLiteral("在公司聚会上")},
            {QString(), QStringLiteral("早上，"), QStringLiteral("今天，"), QStringLiteral("午饭前，"),
             QStringLiteral("下午，"), QStringLiteral("晚上，"), QStringLiteral("开幕那天，"),
             QStringLiteral("周一早上，")},
            {QStringLiteral("声音很亲切"), QStringLiteral("没有看稿子"), QStringLiteral("听众安静地听着"),
             QStringLiteral("手势很生动"), QStringLiteral("最后感谢大家的到来"), QStringLiteral("还停下来回答问题")}};
    case Label::Music:
        return {{QString()},
                {QStringLiteral("柔和的音乐"), QStringLiteral("轻快的钢琴音乐"), QStringLiteral("电子音乐"),
                 QStringLiteral("欢快的音乐"), QStringLiteral("舒缓的音乐"), QStringLiteral("节奏感很强的音乐"),
                 QStringLiteral("爵士音乐"), QStringLiteral("明亮的音乐")},
                {QStringLiteral("响起"), QStringLiteral("回荡"), QStringLiteral("播放着"), QStringLiteral("起伏"),
                 QStringLiteral("慢慢升起"), QStringLiteral("轻轻流淌"), QStringLiteral("不停跳动"),
                 QStringLiteral("渐渐停下")},
                {QStringLiteral("在小舞台上"), QStringLiteral("从音箱里"), QStringLiteral("在房间里"),
                 QStringLiteral("在灯光下"), QStringLiteral("在拥挤的酒吧里"), QStringLiteral("在排练室里"),
                 QStringLiteral("从旧收音机里"), QStringLiteral("在音乐厅里")},
                {QString(), QStringLiteral("深夜，"), QStringLiteral("傍晚，"), QStringLiteral("午夜后，"),
                 QStringLiteral("演出前，"), QStringLiteral("周五晚上，"), QStringLiteral("试音时，"),
                 QStringLiteral("两首歌之间，")},
                {QStringLiteral("鼓点清脆"), QStringLiteral("低音很厚重"), QStringLiteral("高音明亮"),
                 QStringLiteral("人群跟着拍手"), QStringLiteral("%1的灯光扫过房间"), QStringLiteral("旋律朗朗上口")}};
    }
    return {};
}

const QString& pickFrom(const QStringList& list, Rng& rng)
{
    return list.at(rng.range(0, static_cast<int>(list.size()) - 1));
}

QString withColour(QString text, const QString& colour)
{
    if (text.contains(QLatin1String("%1")))
        text = text.arg(colour);
    return text;
}

// "a orange bird" -> "an orange bird"; leaves "an older man" alone.
QString fixArticle(QString phrase)
{
    if (phrase.startsWith(QLatin1String("a ")) && phrase.size() > 2 && QStringLiteral("aeiou").contains(phrase.at(2)))
        phrase.insert(1, QLatin1Char('n'));
    return phrase;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// True for the characters the quality engine shingles one by one (Han, Hiragana, Katakana).
bool isCjk(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

std::uint64_t fnv1a(const QString& token)
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const QChar c : token) {
        h ^= c.unicode();
        h *= 0x100000001b3ull;
    }
    return h;
}

}  // namespace

QString caption(Label label, int variant, bool chinese, Rng& rng)
{
    const Parts parts = chinese ? chineseParts(label) : englishParts(label);
    const QString colour = colourWord(label, variant, chinese);
    const QString& adjective = pickFrom(parts.adjectives, rng);
    QString subject = withColour(pickFrom(parts.subjects, rng), colour);
    const QString& action = pickFrom(parts.actions, rng);
    const QString& place = pickFrom(parts.places, rng);
    const QString& time = pickFrom(parts.times, rng);
    const QString detail = withColour(pickFrom(parts.details, rng), colour);
    const bool timeFirst = rng.chance(0.35);
    if (chinese) {
        if (label == Label::Bird || label == Label::Dog || label == Label::Cat)
            subject = QStringLiteral("一只") + adjective + subject;
        else if (label == Label::Car)
            subject = QStringLiteral("一辆") + adjective + subject;
        const QString body = parts.verbFirst ? subject + action + place : subject + place + action;
        return time + body + QStringLiteral("，") + detail + QStringLiteral("。");
    }
    // English: the subject template names the label; an adjective goes in front ("a small red bird",
    // "heavy rain"), then the article for countable subjects.
    if (!adjective.isEmpty())
        subject = adjective + QLatin1Char(' ') + subject;
    if (label == Label::Bird || label == Label::Car || label == Label::Dog || label == Label::Cat)
        subject = fixArticle(QStringLiteral("a ") + subject);
    if (timeFirst)
        return capitalised(time) + QStringLiteral(", ") + subject + QLatin1Char(' ') + action + QLatin1Char(' ') +
               place + QStringLiteral(", ") + detail + QLatin1Char('.');
    return capitalised(subject) + QLatin1Char(' ') + action + QLatin1Char(' ') + place + QLatin1Char(' ') + time +
           QStringLiteral(", ") + detail + QLatin1Char('.');
}

QString normalisedCaption(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

std::vector<std::uint64_t> captionShingles(const QString& text)
{
    const QString norm = normalisedCaption(text);
    QStringList tokens;
    QString current;
    for (const QChar c : norm) {
        if (isCjk(c)) {
            if (!current.isEmpty())
                tokens.append(std::exchange(current, QString()));
            tokens.append(QString(c));
        } else if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens.append(std::exchange(current, QString()));
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    std::vector<std::uint64_t> out;
    if (tokens.size() >= 3) {
        for (qsizetype i = 0; i + 2 < tokens.size(); ++i)
            out.push_back(fnv1a(tokens.at(i) + QChar(0x1f) + tokens.at(i + 1) + QChar(0x1f) + tokens.at(i + 2)));
    } else {
        for (qsizetype i = 0; i + 5 <= std::max<qsizetype>(norm.size(), 5); ++i)
            out.push_back(fnv1a(norm.mid(i, 5)));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double shingleJaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
    if (a.empty() || b.empty())
        return 0.0;
    std::size_t common = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

QString longCaption(Rng& rng)
{
    // Six of twelve sentences in a shuffled order: several long captions (in demos of 360+ samples) still
    // differ from each other.
    QStringList sentences{
        QStringLiteral("Good morning everyone, and thank you all for coming to this meeting so early today."),
        QStringLiteral("Before we begin, I would like to go over the plan for the next three months in detail."),
        QStringLiteral(
            "First we will collect new recordings in the kitchen, on the street, in the lab and in the car."),
        QStringLiteral("Then every clip will be checked by two people who listen to it and read its caption."),
        QStringLiteral("Finally the cleaned dataset will be exported and shared with the training team next week."),
        QStringLiteral("Please write down any questions you have, and we will answer them at the end of the talk."),
        QStringLiteral(
            "Last quarter we labelled more than ten thousand clips, which is twice as many as the year before."),
        QStringLiteral(
            "Several of you asked about the new microphones, so I brought one along for you to try out later."),
        QStringLiteral(
            "The budget for the field trips has been approved, and the first trip leaves on Monday morning."),
        QStringLiteral(
            "Remember that every recording needs a signed consent form before it can be added to the archive."),
        QStringLiteral("Our partners in the other office will join us by video for the second half of the session."),
        QStringLiteral(
            "After the break we will split into small groups and go through the checklist one item at a time.")};
    rng.shuffle(sentences);
    return sentences.mid(0, 6).join(QLatin1Char(' '));
}

QString utterance(int theme, Rng& rng)
{
    static const QList<QStringList> pools{
        {QStringLiteral("Could you pass me the salt, please?"), QStringLiteral("The water is boiling now."),
         QStringLiteral("Let's cut the onions first."), QStringLiteral("Is the oven already hot?"),
         QStringLiteral("I think the soup needs more pepper."), QStringLiteral("Put the cups on the top shelf."),
         QStringLiteral("Dinner will be ready in ten minutes."), QStringLiteral("Who left the fridge open?")},
        {QStringLiteral("The bus stop is just around the corner."), QStringLiteral("Wait for the green light."),
         QStringLiteral("That cafe on the left is new."), QStringLiteral("It's getting really busy out here."),
         QStringLiteral("Let's cross at the next junction."), QStringLiteral("Did you hear that car horn?"),
         QStringLiteral("The market closes at six today."), QStringLiteral("Turn right after the bakery.")},
        {QStringLiteral("Starting the calibration run now."), QStringLiteral("Sensor two reads a little high."),
         QStringLiteral("Please log the temperature every minute."), QStringLiteral("The sample is in the left slot."),
         QStringLiteral("Let me restart the recorder."), QStringLiteral("That value looks like an outlier."),
         QStringLiteral("We need one more measurement."), QStringLiteral("Save the results before lunch.")},
        {QStringLiteral("Take the next exit on the right."), QStringLiteral("Traffic is slowing down ahead."),
         QStringLiteral("We should stop for fuel soon."), QStringLiteral("Turn the radio down a little."),
         QStringLiteral("The road is wet, keep your distance."), QStringLiteral("Only twenty kilometres to go."),
         QStringLiteral("Watch out for the cyclist."), QStringLiteral("Let's take the scenic route home.")}};
    const QStringList& pool = pools.at(std::clamp(theme, 0, 3));
    return pool.at(rng.range(0, static_cast<int>(pool.size()) - 1));
}

QString eventName(int theme, int kind)
{
    static const QList<QStringList> names{
        {QStringLiteral("kettle click"), QStringLiteral("timer beep"), QStringLiteral("door knock")},
        {QStringLiteral("bicycle bell"), QStringLiteral("crossing signal"), QStringLiteral("door knock")},
        {QStringLiteral("relay click"), QStringLiteral("instrument beep"), QStringLiteral("bench knock")},
        {QStringLiteral("indicator click"), QStringLiteral("seatbelt beep"), QStringLiteral("pothole bump")}};
    return names.at(std::clamp(theme, 0, 3)).at(std::clamp(kind, 0, 2));
}

}  // namespace lockstep::demo
