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

QStringList templates(Label label, bool chinese) {
    if (chinese) {
        switch (label) {
            case Label::Bird:
                return {QStringLiteral("一只%1小鸟停在树枝上唱歌。"),
                        QStringLiteral("清晨，一只%1鸟在枝头鸣叫。"),
                        QStringLiteral("蓝天下，一只%1小鸟站在树枝上。")};
            case Label::Car:
                return {QStringLiteral("一辆%1汽车驶过城市街道。"),
                        QStringLiteral("一辆%1汽车停在高楼前的路上。"),
                        QStringLiteral("一辆%1小汽车在马路上行驶。")};
            case Label::Dog:
                return {QStringLiteral("一只%1狗在草地上玩球。"), QStringLiteral("一只%1小狗在公园里叫。"),
                        QStringLiteral("一只戴着红项圈的%1狗站在草地上。")};
            case Label::Cat:
                return {QStringLiteral("一只%1猫坐在草地上喵喵叫。")};
            case Label::Rain:
                return {QStringLiteral("大雨落在夜晚的城市街道上。"),
                        QStringLiteral("雨点落进路上的水坑里。"), QStringLiteral("下雨了，有人撑着伞走过。")};
            case Label::Speech:
                return {QStringLiteral("一个人正在做简短的演讲。"),
                        QStringLiteral("有人在房间里清楚地说话。"), QStringLiteral("演讲者向听众问好。")};
            case Label::Music:
                return {QStringLiteral("舞台上传来柔和的音乐。"), QStringLiteral("一段轻快的钢琴音乐。"),
                        QStringLiteral("音乐的节奏明快，音符清亮。")};
        }
        return {};
    }
    switch (label) {
        case Label::Bird:
            return {QStringLiteral("A %1 bird sits on a branch and sings."),
                    QStringLiteral("A small %1 bird perches on a branch under a blue sky."),
                    QStringLiteral("A %1 bird rests on a tree branch while other birds fly past."),
                    QStringLiteral("Morning birdsong: a little %1 bird chirps on a branch.")};
        case Label::Car:
            return {QStringLiteral("A %1 car drives along a city street."),
                    QStringLiteral("A %1 car passes in front of tall buildings."),
                    QStringLiteral("The engine of a %1 car hums as it rolls down the road."),
                    QStringLiteral("A %1 car waits on an empty road in the city.")};
        case Label::Dog:
            return {QStringLiteral("A %1 dog plays with a ball on the grass."),
                    QStringLiteral("A happy %1 dog stands in a green park."),
                    QStringLiteral("A %1 dog barks at a ball in the meadow."),
                    QStringLiteral("A %1 dog with a red collar enjoys a sunny afternoon.")};
        case Label::Cat:
            return {QStringLiteral("A %1 cat sits in the grass and meows."),
                    QStringLiteral("A %1 cat looks at a ball on the lawn.")};
        case Label::Rain:
            return {QStringLiteral("Rain falls on a dark city street at night."),
                    QStringLiteral("Heavy rain pours down while someone walks with an umbrella."),
                    QStringLiteral("Rain drops splash into puddles on the road."),
                    QStringLiteral("A rainy evening in town, and the rain does not stop.")};
        case Label::Speech:
            return {QStringLiteral("A person gives a short speech to the room."),
                    QStringLiteral("A speaker greets the audience at the start of a speech."),
                    QStringLiteral("Clear speech from someone saying hello."),
                    QStringLiteral("Recorded speech: a friendly voice welcomes the listeners.")};
        case Label::Music:
            return {QStringLiteral("Soft music plays from a small stage."),
                    QStringLiteral("A cheerful keyboard melody; the music rises and falls."),
                    QStringLiteral("Music with a steady pulse and bright notes."),
                    QStringLiteral("A short piece of music played on an electric piano.")};
    }
    return {};
}

}  // namespace

QString caption(Label label, int variant, bool chinese, Rng& rng) {
    const QStringList options = templates(label, chinese);
    const QString chosen = options.at(rng.range(0, static_cast<int>(options.size()) - 1));
    return chosen.contains(QLatin1String("%1")) ? chosen.arg(colourWord(label, variant, chinese)) : chosen;
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
