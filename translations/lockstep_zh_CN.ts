<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lockstep::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="27"/>
        <source>&lt;h2&gt;Lockstep %1&lt;/h2&gt;&lt;p&gt;Curate multimodal machine-learning datasets: images, text, audio, video frames and sensor streams that belong together.&lt;/p&gt;&lt;p&gt;The dataset folder is never modified; every decision lives in a project file.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built on %2.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="37"/>
        <source>About Lockstep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::DiagnosticsModel</name>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="96"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="97"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="98"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="99"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="105"/>
        <source>Info, warning or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="106"/>
        <source>File and line, relative to the dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="107"/>
        <source>The sample concerned, if any; double-click to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DiagnosticsModel.cpp" line="108"/>
        <source>What was found and what to do about it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::DiagnosticsView</name>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="26"/>
        <source>Filter by file, sample or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="30"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="31"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="32"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="33"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="99"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="101"/>
        <source> — showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DiagnosticsView.cpp" line="103"/>
        <source> (only the first %1 are listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::DisplayNames</name>
    <message>
        <location filename="../model/DisplayNames.cpp" line="10"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="11"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="12"/>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="13"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="21"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="22"/>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="23"/>
        <source>Text segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="24"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="32"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="33"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DisplayNames.cpp" line="34"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::JobProgressWidget</name>
    <message>
        <location filename="../widgets/JobProgressWidget.cpp" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/JobProgressWidget.cpp" line="40"/>
        <source>Stop this job; the project keeps what it held before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/JobProgressWidget.cpp" line="45"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/JobProgressWidget.cpp" line="90"/>
        <source>%1/s, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::JobRunner</name>
    <message>
        <location filename="../model/JobRunner.cpp" line="67"/>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/JobRunner.cpp" line="71"/>
        <source>Internal error in a background job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="86"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>Open &amp;Dataset Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="135"/>
        <source>Open a folder of images, texts, audio, recordings and manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Open a .lockstep project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>Open De&amp;mo Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="144"/>
        <source>Open a generated dataset with planted problems (created on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Import Dataset Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>Read the dataset folder again to pick up added, changed or removed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Close Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>&amp;Start Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;Go to Sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="175"/>
        <source>&amp;About Lockstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="269"/>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="289"/>
        <source>Open Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="298"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Lockstep projects (*.lockstep);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="347"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="358"/>
        <source>%1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="361"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::SampleDetailsPane</name>
    <message numerus="yes">
        <location filename="../widgets/SampleDetailsPane.cpp" line="38"/>
        <source>piecewise, %n anchor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="40"/>
        <source>in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="41"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="46"/>
        <source>, drift ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SampleDetailsPane.cpp" line="55"/>
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SampleDetailsPane.cpp" line="58"/>
        <source>%n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="60"/>
        <source> at %1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SampleDetailsPane.cpp" line="65"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="72"/>
        <location filename="../widgets/SampleDetailsPane.cpp" line="391"/>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="88"/>
        <source>Select a sample to see its image, text, audio and streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="124"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="142"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="162"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="177"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="178"/>
        <source>Sample rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="179"/>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="180"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="184"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="193"/>
        <source>Timed streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="201"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="201"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="201"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="201"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="201"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="201"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="208"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="213"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="289"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="318"/>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="318"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="320"/>
        <source>Split: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="321"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="332"/>
        <source>file missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="334"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="350"/>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="366"/>
        <source>(inline text from the manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SampleDetailsPane.cpp" line="377"/>
        <source>%n byte(s) are not valid UTF-8 (first on line %1); shown as �.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="381"/>
        <source>The text is long; only its beginning is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="392"/>
        <source>1 (mono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SampleDetailsPane.cpp" line="393"/>
        <source>2 (stereo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::SampleMediaLoader</name>
    <message>
        <location filename="../model/SampleMediaLoader.cpp" line="80"/>
        <source>The image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::SampleTableModel</name>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="186"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="193"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="195"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="197"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="209"/>
        <source>The %1 file of %2 is referenced but missing on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="211"/>
        <source>%1 has a %2 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="212"/>
        <source>%1 has no %2 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/SampleTableModel.cpp" line="216"/>
        <source>%n timed stream(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/SampleTableModel.cpp" line="217"/>
        <source>%n diagnostic(s) about this sample</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="233"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="234"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="235"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="236"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="237"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="238"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="239"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="240"/>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="241"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="242"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="248"/>
        <source>The sample&apos;s identifier, as given by the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="249"/>
        <source>The sample&apos;s class label, if the dataset has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="250"/>
        <source>Train, validation or test split, if the dataset names one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="251"/>
        <source>✓: the sample has an image; “missing”: its file is not on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="252"/>
        <source>✓: the sample has a text or caption; “missing”: its file is not on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="253"/>
        <source>✓: the sample has an audio file; “missing”: its file is not on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="254"/>
        <source>✓: the sample has a video; “missing”: its file is not on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="255"/>
        <source>Timed streams on the sample&apos;s timeline: audio, frames, subtitles, sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="256"/>
        <source>Problems the importer found in this sample&apos;s files and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SampleTableModel.cpp" line="257"/>
        <source>Review status of the sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::SessionController</name>
    <message>
        <location filename="../model/SessionController.cpp" line="80"/>
        <source>Demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="94"/>
        <source>%1 is neither a dataset folder nor a Lockstep project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="95"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="103"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="110"/>
        <location filename="../model/SessionController.cpp" line="120"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="132"/>
        <source>Opening the demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="133"/>
        <source>Generating the demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="143"/>
        <source>There is no dataset folder to import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="152"/>
        <source>Importing %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="200"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="204"/>
        <source>The dataset could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionController.cpp" line="209"/>
        <source>Cannot open the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::SessionJobs</name>
    <message>
        <location filename="../model/SessionJobs.cpp" line="33"/>
        <source>Cannot open the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="76"/>
        <source>%1 is not a folder. Open a dataset folder, or a .lockstep project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="82"/>
        <location filename="../model/SessionJobs.cpp" line="132"/>
        <source>Opening project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/SessionJobs.cpp" line="84"/>
        <source>Opened %n sample(s) from the existing project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="92"/>
        <source>Cannot create the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="95"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="102"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="107"/>
        <source>Nothing could be imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="114"/>
        <source>Imported %1 sample(s) (%2 layout) with %3 diagnostic(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="125"/>
        <source>The project file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="129"/>
        <source>%1 is not a Lockstep project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/SessionJobs.cpp" line="134"/>
        <source>Opened %n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="149"/>
        <source>Cannot create the folder %1 for the demo dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="152"/>
        <source>Generating the demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="158"/>
        <source>Demo generation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="164"/>
        <source>The demo dataset could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SessionJobs.cpp" line="174"/>
        <source>Cannot finish the demo dataset in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::WelcomePage</name>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="44"/>
        <source>Lockstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="50"/>
        <source>Curate multimodal machine-learning datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="59"/>
        <source>See each sample&apos;s image, text, audio, video and sensor streams together, find missing files and broken rows, and keep every decision in a project file. Your dataset folder is never modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="68"/>
        <source>Open dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="69"/>
        <source>A folder with images/, texts/, audios/ and metadata.csv, a JSONL manifest, or recordings/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="75"/>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="76"/>
        <source>A .lockstep project file saved by an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="83"/>
        <source>Open demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="84"/>
        <source>A small generated dataset with planted problems to explore; created on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="92"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="99"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="101"/>
        <source>Forget the recently opened datasets and projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="121"/>
        <source>Nothing opened yet. Datasets and projects you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="126"/>
        <source>Tip: drop a dataset folder or a .lockstep project file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="153"/>
        <source>Dataset folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePage.cpp" line="153"/>
        <source>Project file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::WorkspacePage</name>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="45"/>
        <source>Go to sample ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="48"/>
        <location filename="../app/gui/WorkspacePage.cpp" line="123"/>
        <source>Type a sample ID and press Enter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="73"/>
        <source>%1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="77"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="83"/>
        <source>%1 streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="88"/>
        <source>%1 missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="90"/>
        <source>layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/WorkspacePage.cpp" line="119"/>
        <source>No sample has the ID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Curate multimodal machine-learning datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>A dataset folder or a .lockstep project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Open the demo dataset (it is generated on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Save a picture of the window to FILE once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Select this sample once loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>lockstep: give one PATH, or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>lockstep: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
