#include "demo/DemoText.h"

#include "demo/DemoRandom.h"

#include <algorithm>

namespace lockstep::demo {

namespace {

QString colourWord(Label label, int variant, bool chinese) {
    const auto v = static_cast<qsizetype>(std::clamp(variant, 0, kVariantCount - 1));
    static const QStringList birdEn{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("yellow"),
                                    QStringLiteral("orange")};
    static const QStringList carEn{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("yellow"),
                                   QStringLiteral("white")};
    static const QStringList dogEn{QStringLiteral("brown"), QStringLiteral("black"), QStringLiteral("golden"),
                                   QStringLiteral("white")};
    static const QStringList catEn{QStringLiteral("grey"), QStringLiteral("orange"), QStringLiteral("black"),
                                   QStringLiteral("white")};
    static const QStringList birdZh{QStringLiteral("红色的"), QStringLiteral("蓝色的"),
                                    QStringLiteral("黄色的"), QStringLiteral("橙色的")};
    static const QStringList carZh{QStringLiteral("红色的"), QStringLiteral("蓝色的"),
                                   QStringLiteral("黄色的"), QStringLiteral("白色的")};
    static const QStringList dogZh{QStringLiteral("棕色的"), QStringLiteral("黑色的"),
                                   QStringLiteral("金色的"), QStringLiteral("白色的")};
    static const QStringList catZh{QStringLiteral("灰色的"), QStringLiteral("橙色的"),
                                   QStringLiteral("黑色的"), QStringLiteral("白色的")};
    switch (label) {
        case Label::Bird:
            return chinese ? birdZh.at(v) : birdEn.at(v);
        case Label::Car:
            return chinese ? carZh.at(v) : carEn.at(v);
        case Label::Dog:
            return chinese ? dogZh.at(v) : dogEn.at(v);
        case Label::Cat:
            return chinese ? catZh.at(v) : catEn.at(v);
        default:
            return {};
    }
}

// A caption is composed from four parts, so that 240 captions hardly ever repeat: English reads
// "<subject> <action> <place><extra>.", Chinese "<extra><subject><place><action>。". %1 is the colour.
struct Parts {
    QStringList subjects, actions, places, extras;
};

Parts englishParts(Label label) {
    switch (label) {
        case Label::Bird:
            return {{QStringLiteral("A %1 bird"), QStringLiteral("A small %1 bird"),
                     QStringLiteral("A little %1 bird"), QStringLiteral("A %1 bird with bright feathers")},
                    {QStringLiteral("sits on a branch"), QStringLiteral("sings on a branch"),
                     QStringLiteral("perches on a twig"), QStringLiteral("chirps loudly"),
                     QStringLiteral("rests for a moment"), QStringLiteral("looks around")},
                    {QStringLiteral("under a blue sky"), QStringLiteral("above the green hills"),
                     QStringLiteral("near the top of a tree"), QStringLiteral("while other birds fly past"),
                     QStringLiteral("in the sunshine"), QStringLiteral("in the garden")},
                    {QString(), QStringLiteral(" on a clear morning"), QStringLiteral(" early in the day"),
                     QStringLiteral(" in spring"), QStringLiteral(" on a warm afternoon")}};
        case Label::Car:
            return {{QStringLiteral("A %1 car"), QStringLiteral("A shiny %1 car"),
                     QStringLiteral("A small %1 car"), QStringLiteral("An old %1 car")},
                    {QStringLiteral("drives along"), QStringLiteral("rolls slowly down"),
                     QStringLiteral("waits at the side of"), QStringLiteral("passes along"),
                     QStringLiteral("speeds down"), QStringLiteral("is parked on")},
                    {QStringLiteral("a city street"), QStringLiteral("a quiet road"),
                     QStringLiteral("the main avenue"), QStringLiteral("an empty road"),
                     QStringLiteral("a wide street lined with buildings")},
                    {QString(), QStringLiteral(" in the afternoon"), QStringLiteral(" on a bright day"),
                     QStringLiteral(" during rush hour"), QStringLiteral(" as the clouds drift by")}};
        case Label::Dog:
            return {{QStringLiteral("A %1 dog"), QStringLiteral("A playful %1 dog"),
                     QStringLiteral("A friendly %1 dog"), QStringLiteral("A %1 dog with a red collar")},
                    {QStringLiteral("plays with a ball"), QStringLiteral("barks at a ball"),
                     QStringLiteral("runs across the grass"), QStringLiteral("stands on the lawn"),
                     QStringLiteral("wags its tail"), QStringLiteral("waits for a ball to be thrown")},
                    {QStringLiteral("in a green park"), QStringLiteral("in the meadow"),
                     QStringLiteral("near a few trees"), QStringLiteral("in the garden"),
                     QStringLiteral("on a grassy hill")},
                    {QString(), QStringLiteral(" on a sunny afternoon"), QStringLiteral(" in the morning"),
                     QStringLiteral(" after lunch"), QStringLiteral(" on a clear day")}};
        case Label::Cat:
            return {{QStringLiteral("A %1 cat"), QStringLiteral("A curious %1 cat")},
                    {QStringLiteral("sits in the grass and meows"), QStringLiteral("watches a ball"),
                     QStringLiteral("walks slowly")},
                    {QStringLiteral("in the garden"), QStringLiteral("on the lawn")},
                    {QString(), QStringLiteral(" in the evening")}};
        case Label::Rain:
            return {{QStringLiteral("Heavy rain"), QStringLiteral("Steady rain"), QStringLiteral("Cold rain"),
                     QStringLiteral("Light rain"), QStringLiteral("Evening rain")},
                    {QStringLiteral("falls on"), QStringLiteral("pours down over"),
                     QStringLiteral("splashes onto"), QStringLiteral("drums on"),
                     QStringLiteral("keeps falling on")},
                    {QStringLiteral("a dark city street"), QStringLiteral("the quiet town"),
                     QStringLiteral("the puddles in the road"), QStringLiteral("the rooftops"),
                     QStringLiteral("a person with an umbrella")},
                    {QString(), QStringLiteral(" at night"), QStringLiteral(" for hours"),
                     QStringLiteral(" as the lights come on"), QStringLiteral(" while the wind blows")}};
        case Label::Speech:
            return {{QStringLiteral("A speaker"), QStringLiteral("A woman"), QStringLiteral("A man"),
                     QStringLiteral("A young presenter"), QStringLiteral("A teacher")},
                    {QStringLiteral("gives a short speech"),
                     QStringLiteral("greets the audience in a speech"), QStringLiteral("begins a speech"),
                     QStringLiteral("delivers a clear speech"), QStringLiteral("ends a speech")},
                    {QStringLiteral("in a small room"), QStringLiteral("at the front of the hall"),
                     QStringLiteral("at a lectern"), QStringLiteral("to a group of students"),
                     QStringLiteral("in a meeting")},
                    {QString(), QStringLiteral(" with a friendly voice"), QStringLiteral(" and smiles"),
                     QStringLiteral(" without notes"), QStringLiteral(" in the morning")}};
        case Label::Music:
            return {{QStringLiteral("Soft music"), QStringLiteral("Cheerful music"),
                     QStringLiteral("Electronic music"), QStringLiteral("Gentle piano music"),
                     QStringLiteral("Upbeat music")},
                    {QStringLiteral("plays"), QStringLiteral("fills the room"),
                     QStringLiteral("rises and falls"), QStringLiteral("drifts"), QStringLiteral("echoes")},
                    {QStringLiteral("on a small stage"), QStringLiteral("in a dark club"),
                     QStringLiteral("through the speakers"), QStringLiteral("from a keyboard"),
                     QStringLiteral("under the spotlights")},
                    {QString(), QStringLiteral(" with a steady beat"), QStringLiteral(" late at night"),
                     QStringLiteral(" with bright high notes"), QStringLiteral(" for a few seconds")}};
    }
    return {};
}

Parts chineseParts(Label label) {
    switch (label) {
        case Label::Bird:
            return {
                {QStringLiteral("一只%1小鸟"), QStringLiteral("一只%1鸟")},
                {QStringLiteral("唱歌"), QStringLiteral("鸣叫"), QStringLiteral("休息"),
                 QStringLiteral("四处张望")},
                {QStringLiteral("在树枝上"), QStringLiteral("在枝头"), QStringLiteral("在蓝天下的树枝上"),
                 QStringLiteral("在花园里")},
                {QString(), QStringLiteral("清晨，"), QStringLiteral("春天里，"), QStringLiteral("午后，")}};
        case Label::Car:
            return {{QStringLiteral("一辆%1汽车"), QStringLiteral("一辆%1小汽车")},
                    {QStringLiteral("行驶"), QStringLiteral("慢慢开过"), QStringLiteral("停着"),
                     QStringLiteral("飞驰而过")},
                    {QStringLiteral("在城市街道上"), QStringLiteral("在安静的马路上"),
                     QStringLiteral("在高楼前的路上"), QStringLiteral("在大街上")},
                    {QString(), QStringLiteral("下午，"), QStringLiteral("晴天里，"),
                     QStringLiteral("上班高峰时，")}};
        case Label::Dog:
            return {
                {QStringLiteral("一只%1狗"), QStringLiteral("一只%1小狗")},
                {QStringLiteral("玩球"), QStringLiteral("奔跑"), QStringLiteral("叫个不停"),
                 QStringLiteral("摇着尾巴")},
                {QStringLiteral("在草地上"), QStringLiteral("在公园里"), QStringLiteral("在树下"),
                 QStringLiteral("在花园里")},
                {QString(), QStringLiteral("午后，"), QStringLiteral("早上，"), QStringLiteral("晴天里，")}};
        case Label::Cat:
            return {{QStringLiteral("一只%1猫")},
                    {QStringLiteral("喵喵叫"), QStringLiteral("散步")},
                    {QStringLiteral("在草地上"), QStringLiteral("在花园里")},
                    {QString(), QStringLiteral("傍晚，")}};
        case Label::Rain:
            return {{QStringLiteral("大雨"), QStringLiteral("小雨"), QStringLiteral("冷雨"),
                     QStringLiteral("夜雨")},
                    {QString()},
                    {QStringLiteral("落在城市街道上"), QStringLiteral("落在屋顶上"),
                     QStringLiteral("落进路上的水坑里"), QStringLiteral("打在雨伞上")},
                    {QString(), QStringLiteral("夜里，"), QStringLiteral("傍晚，")}};
        case Label::Speech:
            return {{QStringLiteral("一位演讲者"), QStringLiteral("一位老师"), QStringLiteral("一个人"),
                     QStringLiteral("一位年轻的主持人")},
                    {QStringLiteral("发表简短的演讲"), QStringLiteral("在演讲中向听众问好"),
                     QStringLiteral("开始演讲"), QStringLiteral("清楚地发表演讲")},
                    {QStringLiteral("在会议室里"), QStringLiteral("在讲台前"), QStringLiteral("在小房间里"),
                     QStringLiteral("对着学生们")},
                    {QString(), QStringLiteral("早上，"), QStringLiteral("今天，")}};
        case Label::Music:
            return {{QStringLiteral("柔和的音乐"), QStringLiteral("轻快的钢琴音乐"),
                     QStringLiteral("电子音乐"), QStringLiteral("欢快的音乐")},
                    {QStringLiteral("响起"), QStringLiteral("回荡"), QStringLiteral("播放着"),
                     QStringLiteral("起伏")},
                    {QStringLiteral("在小舞台上"), QStringLiteral("从音箱里"), QStringLiteral("在房间里"),
                     QStringLiteral("在灯光下")},
                    {QString(), QStringLiteral("深夜，"), QStringLiteral("傍晚，")}};
    }
    return {};
}

const QString& pickFrom(const QStringList& list, Rng& rng) {
    return list.at(rng.range(0, static_cast<int>(list.size()) - 1));
}

}  // namespace

QString caption(Label label, int variant, bool chinese, Rng& rng) {
    const Parts parts = chinese ? chineseParts(label) : englishParts(label);
    QString subject = pickFrom(parts.subjects, rng);
    if (subject.contains(QLatin1String("%1")))
        subject = subject.arg(colourWord(label, variant, chinese));
    if (!chinese && subject.size() > 2 && subject.startsWith(QLatin1String("A ")) &&
        QStringLiteral("aeiou").contains(subject.at(2)))
        subject.insert(1, QLatin1Char('n'));  // "An orange bird"
    const QString& action = pickFrom(parts.actions, rng);
    const QString& place = pickFrom(parts.places, rng);
    const QString& extra = pickFrom(parts.extras, rng);
    if (chinese)
        return extra + subject + place + action + QStringLiteral("。");
    return subject + QLatin1Char(' ') + action + QLatin1Char(' ') + place + extra + QLatin1Char('.');
}

QString longCaption(Rng& rng) {
    QStringList sentences{
        QStringLiteral("Good morning everyone, and thank you all for coming to this meeting so early today."),
        QStringLiteral(
            "Before we begin, I would like to go over the plan for the next three months in detail."),
        QStringLiteral(
            "First we will collect new recordings in the kitchen, on the street, in the lab and in the car."),
        QStringLiteral(
            "Then every clip will be checked by two people who listen to it and read its caption."),
        QStringLiteral(
            "Finally the cleaned dataset will be exported and shared with the training team next week."),
        QStringLiteral(
            "Please write down any questions you have, and we will answer them at the end of the talk.")};
    rng.shuffle(sentences);
    return sentences.join(QLatin1Char(' '));
}

QString utterance(int theme, Rng& rng) {
    static const QList<QStringList> pools{
        {QStringLiteral("Could you pass me the salt, please?"), QStringLiteral("The water is boiling now."),
         QStringLiteral("Let's cut the onions first."), QStringLiteral("Is the oven already hot?"),
         QStringLiteral("I think the soup needs more pepper."),
         QStringLiteral("Put the cups on the top shelf."),
         QStringLiteral("Dinner will be ready in ten minutes."), QStringLiteral("Who left the fridge open?")},
        {QStringLiteral("The bus stop is just around the corner."),
         QStringLiteral("Wait for the green light."), QStringLiteral("That cafe on the left is new."),
         QStringLiteral("It's getting really busy out here."),
         QStringLiteral("Let's cross at the next junction."), QStringLiteral("Did you hear that car horn?"),
         QStringLiteral("The market closes at six today."), QStringLiteral("Turn right after the bakery.")},
        {QStringLiteral("Starting the calibration run now."),
         QStringLiteral("Sensor two reads a little high."),
         QStringLiteral("Please log the temperature every minute."),
         QStringLiteral("The sample is in the left slot."), QStringLiteral("Let me restart the recorder."),
         QStringLiteral("That value looks like an outlier."), QStringLiteral("We need one more measurement."),
         QStringLiteral("Save the results before lunch.")},
        {QStringLiteral("Take the next exit on the right."), QStringLiteral("Traffic is slowing down ahead."),
         QStringLiteral("We should stop for fuel soon."), QStringLiteral("Turn the radio down a little."),
         QStringLiteral("The road is wet, keep your distance."),
         QStringLiteral("Only twenty kilometres to go."), QStringLiteral("Watch out for the cyclist."),
         QStringLiteral("Let's take the scenic route home.")}};
    const QStringList& pool = pools.at(std::clamp(theme, 0, 3));
    return pool.at(rng.range(0, static_cast<int>(pool.size()) - 1));
}

QString eventName(int theme, int kind) {
    static const QList<QStringList> names{
        {QStringLiteral("kettle click"), QStringLiteral("timer beep"), QStringLiteral("door knock")},
        {QStringLiteral("bicycle bell"), QStringLiteral("crossing signal"), QStringLiteral("door knock")},
        {QStringLiteral("relay click"), QStringLiteral("instrument beep"), QStringLiteral("bench knock")},
        {QStringLiteral("indicator click"), QStringLiteral("seatbelt beep"), QStringLiteral("pothole bump")}};
    return names.at(std::clamp(theme, 0, 3)).at(std::clamp(kind, 0, 2));
}

}  // namespace lockstep::demo
