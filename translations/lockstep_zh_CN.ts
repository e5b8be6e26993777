<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StartupScript</name>
    <message>
        <source>Run the quality scan once the dataset is open (Dataset &gt; Scan Quality).</source>
        <translation>数据集打开后运行质量扫描（数据集 &gt; 扫描质量）。</translation>
    </message>
    <message>
        <source>Make this edit once the dataset is open: label|tag|review:IDS=VALUE, note:ID=TEXT, region:ID=LABEL@A:B.</source>
        <translation>数据集打开后执行此编辑：label|tag|review:IDS=VALUE、note:ID=TEXT、region:ID=LABEL@A:B。</translation>
    </message>
    <message>
        <source>Select these samples too (comma-separated ids) once loaded.</source>
        <translation>加载完成后同时选中这些样本（以逗号分隔的 ID）。</translation>
    </message>
    <message>
        <source>Show the thumbnail grid (grid), the duplicate groups (duplicates[:N]), the quality dashboard (dashboard[:METRIC[,X,Y]]), the undo history (history) or the review queue over a query (queue:QUERY).</source>
        <translation>显示缩略图网格（grid）、重复组（duplicates[:N]）、质量仪表板（dashboard[:METRIC[,X,Y]]）、撤销历史记录（history），或针对某个查询的审核队列（queue:QUERY）。</translation>
    </message>
    <message>
        <source>Show this range of the timeline (seconds, A:B) once loaded.</source>
        <translation>加载完成后显示时间轴的这一范围（秒，A:B）。</translation>
    </message>
    <message>
        <source>lockstep: --annotate %1: expected KIND:IDS=VALUE with KIND one of %2.</source>
        <translation>lockstep：--annotate %1：应为 KIND:IDS=VALUE，其中 KIND 为 %2 之一。</translation>
    </message>
    <message>
        <source>lockstep: --annotate %1: name the sample(s) between &apos;:&apos; and &apos;=&apos;.</source>
        <translation>lockstep：--annotate %1：请在 &apos;:&apos; 和 &apos;=&apos; 之间指定样本。</translation>
    </message>
    <message>
        <source>lockstep: --annotate %1: unknown review status &apos;%2&apos;.</source>
        <translation>lockstep：--annotate %1：未知的审核状态 “%2”。</translation>
    </message>
    <message>
        <source>lockstep: --annotate %1: a region is LABEL@A:B (seconds).</source>
        <translation>lockstep：--annotate %1：区域的格式为 LABEL@A:B（秒）。</translation>
    </message>
    <message>
        <source>lockstep: --timeline-range %1: expected A:B in seconds, A &lt; B.</source>
        <translation>lockstep：--timeline-range %1：应为以秒为单位的 A:B，且 A &lt; B。</translation>
    </message>
    <message>
        <source>lockstep: --view %1: expected grid, duplicates[:N], dashboard[:METRIC], history, queue:QUERY, filter:QUERY, lasso, lasso-filtered or shortcuts.</source>
        <translation>lockstep：--view %1：应为 grid、duplicates[:N]、dashboard[:METRIC]、history、queue:QUERY、filter:QUERY、lasso、lasso-filtered 或 shortcuts。</translation>
    </message>
</context>
<context>
    <name>lockstep::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Lockstep %1&lt;/h2&gt;&lt;p&gt;Curate multimodal machine-learning datasets: images, text, audio, video frames and sensor streams that belong together.&lt;/p&gt;&lt;p&gt;The dataset folder is never modified; every decision lives in a project file.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built on %2.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lockstep %1&lt;/h2&gt;&lt;p&gt;整理多模态机器学习数据集：彼此关联的图像、文本、音频、视频帧和传感器数据流。&lt;/p&gt;&lt;p&gt;数据集文件夹永远不会被修改；所有决定都保存在项目文件中。&lt;/p&gt;&lt;p&gt;&lt;small&gt;基于 %2 构建。&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Lockstep</source>
        <translation>关于 Lockstep</translation>
    </message>
    <message>
        <source>OpenCV (the imaging module is missing)</source>
        <translation>OpenCV（缺少图像处理模块）</translation>
    </message>
</context>
<context>
    <name>lockstep::AnnotationActions</name>
    <message>
        <source>&amp;Tag…</source>
        <translation>标记(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a tag to the selected samples (-name removes it)</source>
        <translation>为所选样本添加标记（输入 -名称 可移除该标记）</translation>
    </message>
    <message>
        <source>Add &amp;Region from Selection…</source>
        <translation>从选区添加区域(&amp;R)…</translation>
    </message>
    <message>
        <source>Label the timeline&apos;s selected time range (Shift+drag selects one)</source>
        <translation>为时间轴上选中的时间范围添加标签（Shift+拖动可选择范围）</translation>
    </message>
    <message>
        <source>&amp;Label Set…</source>
        <translation>标签集(&amp;L)…</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;已打开的项目&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Show every edit of this session; click one to go back to it</source>
        <translation>显示本次会话中的每一次编辑；点击其中一项可回到该状态</translation>
    </message>
    <message>
        <source>Annotations cannot be saved: %1</source>
        <translation>无法保存标注：%1</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>标签设为 %1</translation>
    </message>
    <message>
        <source>Label %1 (not in the label set)</source>
        <translation>标签 %1（未在标签集中设置）</translation>
    </message>
    <message>
        <source>Give the selected samples the label %1 and go to the next one</source>
        <translation>为所选样本设置标签 %1 并转到下一个</translation>
    </message>
    <message>
        <source>Edit &gt; Label Set adds labels for the number keys</source>
        <translation>可在 编辑 &gt; 标签集 中为数字键添加标签</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Label of the selected range:</source>
        <translation>所选范围的标签：</translation>
    </message>
    <message>
        <source>Rename Region</source>
        <translation>重命名区域</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>编辑文本</translation>
    </message>
    <message>
        <source>Fixed text (the dataset says: “%1”):</source>
        <translation>修正后的文本（数据集原文：“%1”）：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Choose the labels, in the order the Label commands assign them</source>
        <translation>选择标签，其顺序即“标签设为”命令分配标签的顺序</translation>
    </message>
    <message>
        <source>Choose the labels that keys %1 assign</source>
        <translation>选择按键 %1 所分配的标签</translation>
    </message>
    <message>
        <source>Select a time range on the timeline first (Shift+drag).</source>
        <translation>请先在时间轴上选择一个时间范围（Shift+拖动）。</translation>
    </message>
    <message>
        <source>Select a time range on the timeline first (Shift+drag), then press %1.</source>
        <translation>请先在时间轴上选择一个时间范围（Shift+拖动），然后按 %1。</translation>
    </message>
</context>
<context>
    <name>lockstep::AnnotationSession</name>
    <message>
        <source>Cannot save the annotation in the project file: %1</source>
        <translation>无法将标注保存到项目文件：%1</translation>
    </message>
    <message>
        <source>Label %1 as %2</source>
        <translation>将 %1 的标签设为 %2</translation>
    </message>
    <message numerus="yes">
        <source>Label %n sample(s) as %1</source>
        <translation>
            <numerusform>将 %n 个样本的标签设为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the label set</source>
        <translation>更改标签集</translation>
    </message>
    <message>
        <source>Tag %1 with %2</source>
        <translation>为 %1 添加标记 %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n sample(s) with %1</source>
        <translation>
            <numerusform>为 %n 个样本添加标记 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag %1 from %2</source>
        <translation>从 %2 移除标记 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag %1 from %n sample(s)</source>
        <translation>
            <numerusform>从 %n 个样本移除标记 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the note of %1</source>
        <translation>清除 %1 的备注</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <source>Fix the caption of %1</source>
        <translation>修正 %1 的说明文字</translation>
    </message>
    <message>
        <source>Restore the original caption of %1</source>
        <translation>恢复 %1 的原始说明文字</translation>
    </message>
    <message>
        <source>Fix a segment of %1 in %2</source>
        <translation>修正 %2 中 %1 的一个片段</translation>
    </message>
    <message>
        <source>Restore a segment of %1 in %2</source>
        <translation>恢复 %2 中 %1 的一个片段</translation>
    </message>
    <message>
        <source>Add region %1 to %2</source>
        <translation>为 %2 添加区域 %1</translation>
    </message>
    <message>
        <source>Rename region %1 to %2</source>
        <translation>将区域 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Delete region %1 of %2</source>
        <translation>删除 %2 的区域 %1</translation>
    </message>
</context>
<context>
    <name>lockstep::CaptionEditControls</name>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Restore Original</source>
        <translation>恢复原文</translation>
    </message>
    <message>
        <source>Show the dataset&apos;s text again (the fix is dropped; undo brings it back)</source>
        <translation>重新显示数据集中的文本（修正将被丢弃；撤销可恢复）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Fix the caption; the dataset keeps its original</source>
        <translation>修正说明文字；数据集中保留原始内容</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keep the fixed caption in the project</source>
        <translation>将修正后的说明文字保存在项目中</translation>
    </message>
    <message>
        <source>Fixed in this project. The dataset&apos;s original:
%1</source>
        <translation>已在此项目中修正。数据集中的原文：
%1</translation>
    </message>
</context>
<context>
    <name>lockstep::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Info, warning or error</source>
        <translation>信息、警告或错误</translation>
    </message>
    <message>
        <source>File and line, relative to the dataset folder</source>
        <translation>文件和行号（相对于数据集文件夹）</translation>
    </message>
    <message>
        <source>The sample concerned, if any; double-click to show it</source>
        <translation>相关的样本（如有）；双击可显示该样本</translation>
    </message>
    <message>
        <source>What was found and what to do about it</source>
        <translation>发现了什么问题，以及如何处理</translation>
    </message>
</context>
<context>
    <name>lockstep::DiagnosticsView</name>
    <message>
        <source>Filter by file, sample or message</source>
        <translation>按文件、样本或消息筛选</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source> — showing %1</source>
        <translation> — 显示 %1 条</translation>
    </message>
    <message>
        <source> (only the first %1 are listed)</source>
        <translation>（仅列出前 %1 条）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is &quot;N errors&quot;, %2 is &quot;N warnings&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>lockstep::DisplayNames</name>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧序列</translation>
    </message>
    <message>
        <source>Text segments</source>
        <translation>文本片段</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>needs fix</source>
        <translation>需要修正</translation>
    </message>
</context>
<context>
    <name>lockstep::DuplicateGroupsModel</name>
    <message>
        <source>Exact</source>
        <translation>完全重复</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 duplicate %2 group: %3
Suggested keeper: %4</source>
        <translation>%2 %1组：%3
建议保留：%4</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>lockstep::DuplicateGroupsView</name>
    <message>
        <source>Keep Every Suggested Keeper</source>
        <translation>保留所有建议保留项</translation>
    </message>
    <message>
        <source>In every group not yet reviewed, accept the suggested keeper and reject the rest (one undo step)</source>
        <translation>在每个尚未审核的组中，接受建议保留项并拒绝其余样本（可一次撤销）</translation>
    </message>
    <message>
        <source>No duplicate groups.
Dataset ▸ Scan Quality finds exact and near duplicates of images, audio and texts.</source>
        <translation>没有重复组。
数据集 ▸ 扫描质量 可找出图像、音频和文本的完全重复与近似重复。</translation>
    </message>
    <message>
        <source>Next Duplicate Group</source>
        <translation>下一个重复组</translation>
    </message>
    <message>
        <source>Previous Duplicate Group</source>
        <translation>上一个重复组</translation>
    </message>
    <message>
        <source>Next Group Member</source>
        <translation>下一个组成员</translation>
    </message>
    <message>
        <source>Previous Group Member</source>
        <translation>上一个组成员</translation>
    </message>
    <message>
        <source>Keep This, Reject the Rest</source>
        <translation>保留此项，拒绝其余</translation>
    </message>
    <message>
        <source>Accept Group Member</source>
        <translation>接受组成员</translation>
    </message>
    <message>
        <source>Reject Group Member</source>
        <translation>拒绝组成员</translation>
    </message>
    <message>
        <source>Group Member Needs Fix</source>
        <translation>组成员需要修正</translation>
    </message>
    <message>
        <source>Clear Group Member Decision</source>
        <translation>清除组成员的决定</translation>
    </message>
    <message>
        <source>Play Group Member Audio</source>
        <translation>播放组成员音频</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 duplicates  ·  %Ln sample(s)</source>
        <translation>
            <numerusform>%2%1  ·  %Ln 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>No duplicate groups</source>
        <translation>没有重复组</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 个组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewed</source>
        <translation>已审核 %1 个</translation>
    </message>
    <message>
        <source>%1 keeps the highlighted sample and rejects the rest (one undo step).</source>
        <translation>%1 保留高亮显示的样本并拒绝其余样本（可一次撤销）。</translation>
    </message>
    <message>
        <source>%1: member</source>
        <translation>%1：成员</translation>
    </message>
    <message>
        <source>%1: group</source>
        <translation>%1：组</translation>
    </message>
    <message>
        <source>%1: decide one member</source>
        <translation>%1：决定单个成员</translation>
    </message>
    <message>
        <source>%1: play its audio</source>
        <translation>%1：播放其音频</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more sample(s) in this group.</source>
        <translation>
            <numerusform>…此组中还有 %Ln 个样本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more sample(s) in this group; %1 decides all of them.</source>
        <translation>
            <numerusform>…此组中还有 %Ln 个样本；%1 可一并决定全部样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the key hints after the keep hint, as one sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two key hints</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the keep hint, then the other key hints</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>lockstep::DuplicateMemberCard</name>
    <message>
        <source>★ Keeper</source>
        <translation>★ 保留项</translation>
    </message>
    <message>
        <source>The suggested keeper: the scan prefers the most pixels, the longest audio or text</source>
        <translation>建议保留项：扫描优先选择像素最多、音频或文本最长的样本</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Play audio</source>
        <translation>播放音频</translation>
    </message>
    <message>
        <source>Distance to the suggested keeper: %1</source>
        <translation>与建议保留项的距离：%1</translation>
    </message>
    <message>
        <source>Image file missing</source>
        <translation>图像文件缺失</translation>
    </message>
    <message>
        <source>Image not readable</source>
        <translation>图像无法读取</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>(empty text)</source>
        <translation>（空文本）</translation>
    </message>
    <message numerus="yes">
        <source>Text %Ln character(s)</source>
        <translation>
            <numerusform>文本 %Ln 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play this sample&apos;s audio</source>
        <translation>播放此样本的音频</translation>
    </message>
    <message>
        <source>Play this sample&apos;s audio (%1)</source>
        <translation>播放此样本的音频（%1）</translation>
    </message>
</context>
<context>
    <name>lockstep::DuplicateResolution</name>
    <message numerus="yes">
        <source>Keep %1, reject %n duplicate(s)</source>
        <translation>
            <numerusform>保留 %1，拒绝 %n 个重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the suggested sample of %n duplicate group(s)</source>
        <translation>
            <numerusform>保留 %n 个重复组中的建议样本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::DuplicatesDock</name>
    <message>
        <source>Duplicate Groups</source>
        <translation>重复组</translation>
    </message>
</context>
<context>
    <name>lockstep::EngineMessageText</name>
    <message>
        <source>cue number %1 has no timing line; skipped</source>
        <translation>字幕条目 %1 缺少时间码行；已跳过</translation>
    </message>
    <message>
        <source>expected a timing line like 00:00:01,000 --&gt; 00:00:02,500, found %1; skipped up to the next blank line</source>
        <translation>应为类似 00:00:01,000 --&gt; 00:00:02,500 的时间码行，但遇到 %1；已跳过至下一个空行</translation>
    </message>
    <message>
        <source>malformed timing line %1: %2 (expected HH:MM:SS,mmm --&gt; HH:MM:SS,mmm); cue skipped</source>
        <translation>时间码行 %1 格式错误：%2（应为 HH:MM:SS,mmm --&gt; HH:MM:SS,mmm）；已跳过该字幕条目</translation>
    </message>
    <message>
        <source>%1: no subtitle cues found (expected SubRip blocks with timing lines like 00:00:01,000 --&gt; 00:00:02,500)</source>
        <translation>%1：未找到字幕条目（应为带有类似 00:00:01,000 --&gt; 00:00:02,500 时间码行的 SubRip 字幕块）</translation>
    </message>
    <message>
        <source>%1: not a WebVTT file (the first line must be &quot;WEBVTT&quot;)</source>
        <translation>%1：不是 WebVTT 文件（第一行必须为 &quot;WEBVTT&quot;）</translation>
    </message>
    <message>
        <source>missing blank line between the WEBVTT header and the first cue</source>
        <translation>WEBVTT 文件头与第一个字幕条目之间缺少空行</translation>
    </message>
    <message>
        <source>expected a cue timing line like 00:01.000 --&gt; 00:02.500; block skipped</source>
        <translation>应为类似 00:01.000 --&gt; 00:02.500 的字幕时间码行；已跳过该块</translation>
    </message>
    <message>
        <source>malformed cue timing: %1 (expected [HH:]MM:SS.mmm --&gt; [HH:]MM:SS.mmm); cue skipped</source>
        <translation>字幕时间码格式错误：%1（应为 [HH:]MM:SS.mmm --&gt; [HH:]MM:SS.mmm）；已跳过该字幕条目</translation>
    </message>
    <message>
        <source>start time: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>end time: %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <source>expected &apos;--&gt;&apos; between the start and end times</source>
        <translation>开始时间和结束时间之间应有 &apos;--&gt;&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the end time</source>
        <translation>结束时间后出现意外的 “%1”</translation>
    </message>
    <message>
        <source>expected a time</source>
        <translation>此处应为时间</translation>
    </message>
    <message>
        <source>expected digits after &apos;:&apos;</source>
        <translation>&apos;:&apos; 后应为数字</translation>
    </message>
    <message>
        <source>too many digits in a time field</source>
        <translation>时间字段中的数字过多</translation>
    </message>
    <message>
        <source>expected minutes and seconds separated by &apos;:&apos;</source>
        <translation>分钟和秒之间应以 &apos;:&apos; 分隔</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;.&apos; before the milliseconds, found &apos;:&apos;</source>
        <translation>毫秒前应为 &apos;,&apos; 或 &apos;.&apos;，但遇到 &apos;:&apos;</translation>
    </message>
    <message>
        <source>minutes and seconds must be below 60</source>
        <translation>分钟和秒必须小于 60</translation>
    </message>
    <message>
        <source>expected milliseconds after the decimal separator</source>
        <translation>小数分隔符后应为毫秒</translation>
    </message>
    <message>
        <source>time out of range</source>
        <translation>时间超出范围</translation>
    </message>
    <message>
        <source>%1 ends before it starts (%2 --&gt; %3); end set to the start time</source>
        <translation>%1 的结束时间早于开始时间（%2 --&gt; %3）；已将结束时间设为开始时间</translation>
    </message>
    <message>
        <source>segments of tier &quot;%1&quot; were not in time order; sorted by start time</source>
        <translation>层 &quot;%1&quot; 的片段未按时间顺序排列；已按开始时间排序</translation>
    </message>
    <message>
        <source>invalid UTF-16 data; the text was decoded with replacement characters</source>
        <translation>UTF-16 数据无效；已使用替换字符解码文本</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence; the text was decoded with replacement characters (re-save the file as UTF-8)</source>
        <translation>UTF-8 字节序列无效；已使用替换字符解码文本（请将文件另存为 UTF-8）</translation>
    </message>
    <message>
        <source>UTF-16 file ends in the middle of a character (odd number of bytes)</source>
        <translation>UTF-16 文件在字符中间结束（字节数为奇数）</translation>
    </message>
    <message>
        <source>too many problems; further ones are not listed</source>
        <translation>问题过多；其余问题不再列出</translation>
    </message>
    <message>
        <source>%1: unknown timed-text format (expected .srt, .vtt, .TextGrid, .eaf or .json)</source>
        <translation>%1：未知的定时文本格式（应为 .srt、.vtt、.TextGrid、.eaf 或 .json）</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: file is too large for a %2 file (%3 MiB; the limit is %4 MiB)</source>
        <translation>%1：作为 %2 文件过大（%3 MiB；上限为 %4 MiB）</translation>
    </message>
    <message>
        <source>%1: file is too large (the limit is %2 MiB)</source>
        <translation>%1：文件过大（上限为 %2 MiB）</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>字幕条目</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>标注 %1</translation>
    </message>
    <message>
        <source>invalid time &quot;%1&quot; for %2</source>
        <translation>%2 的时间 &quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;; stopped reading here</source>
        <translation>%1 &quot;%2&quot; 无效；已在此处停止读取</translation>
    </message>
    <message>
        <source>file ends while reading %1 (truncated?); kept what was read before</source>
        <translation>读取 %1 时文件意外结束（是否被截断？）；已保留此前读取的内容</translation>
    </message>
    <message>
        <source>string without its closing quote while reading %1; kept what was read before</source>
        <translation>读取 %1 时遇到缺少右引号的字符串；已保留此前读取的内容</translation>
    </message>
    <message>
        <source>expected %1, found %2; stopped reading here</source>
        <translation>应为 %1，但遇到 %2；已在此处停止读取</translation>
    </message>
    <message>
        <source>unknown tier class &quot;%1&quot; (expected IntervalTier or TextTier); stopped reading here</source>
        <translation>未知的层类型 &quot;%1&quot;（应为 IntervalTier 或 TextTier）；已在此处停止读取</translation>
    </message>
    <message>
        <source>%1: binary TextGrid files are not supported; in Praat, use &quot;Save as text file&quot;</source>
        <translation>%1：不支持二进制 TextGrid 文件；请在 Praat 中使用 &quot;Save as text file&quot;</translation>
    </message>
    <message>
        <source>%1: the chronological TextGrid format is not supported; in Praat, use &quot;Save as text file&quot;</source>
        <translation>%1：不支持按时间排序（chronological）的 TextGrid 格式；请在 Praat 中使用 &quot;Save as text file&quot;</translation>
    </message>
    <message>
        <source>%1: not a Praat TextGrid text file (expected File type = &quot;ooTextFile&quot; on the first line)</source>
        <translation>%1：不是 Praat TextGrid 文本文件（第一行应为 File type = &quot;ooTextFile&quot;）</translation>
    </message>
    <message>
        <source>%1: line %2: the Praat object is %3, not a TextGrid</source>
        <translation>%1：第 %2 行：该 Praat 对象为 %3，而非 TextGrid</translation>
    </message>
    <message>
        <source>%1: line %2: the TextGrid has no valid time range (xmin, xmax)</source>
        <translation>%1：第 %2 行：该 TextGrid 没有有效的时间范围（xmin、xmax）</translation>
    </message>
    <message>
        <source>%1 (a number)</source>
        <translation>%1（数字）</translation>
    </message>
    <message>
        <source>%1 (a whole number)</source>
        <translation>%1（整数）</translation>
    </message>
    <message>
        <source>%1 (a quoted string)</source>
        <translation>%1（带引号的字符串）</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>文件末尾</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>缺少右引号的字符串</translation>
    </message>
    <message>
        <source>a point time</source>
        <translation>点的时间</translation>
    </message>
    <message>
        <source>a point mark</source>
        <translation>点的标记</translation>
    </message>
    <message>
        <source>an interval&apos;s xmin</source>
        <translation>区间的 xmin</translation>
    </message>
    <message>
        <source>an interval&apos;s xmax</source>
        <translation>区间的 xmax</translation>
    </message>
    <message>
        <source>an interval&apos;s text</source>
        <translation>区间的文本</translation>
    </message>
    <message>
        <source>the TextGrid&apos;s xmin</source>
        <translation>TextGrid 的 xmin</translation>
    </message>
    <message>
        <source>the TextGrid&apos;s xmax</source>
        <translation>TextGrid 的 xmax</translation>
    </message>
    <message>
        <source>the number of tiers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>&lt;exists&gt; before the tiers</source>
        <translation>层之前的 &lt;exists&gt;</translation>
    </message>
    <message>
        <source>a tier class</source>
        <translation>层类型</translation>
    </message>
    <message>
        <source>a tier name</source>
        <translation>层名称</translation>
    </message>
    <message>
        <source>a tier&apos;s xmin</source>
        <translation>层的 xmin</translation>
    </message>
    <message>
        <source>a tier&apos;s xmax</source>
        <translation>层的 xmax</translation>
    </message>
    <message>
        <source>the number of points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>the number of intervals</source>
        <translation>区间数</translation>
    </message>
    <message>
        <source>time slot %1 has an invalid TIME_VALUE &quot;%2&quot; (milliseconds expected); treated as unaligned</source>
        <translation>时间槽 %1 的 TIME_VALUE &quot;%2&quot; 无效（应为毫秒）；按未对齐处理</translation>
    </message>
    <message>
        <source>time slot without TIME_SLOT_ID ignored</source>
        <translation>已忽略缺少 TIME_SLOT_ID 的时间槽</translation>
    </message>
    <message>
        <source>duplicate time slot id %1 ignored</source>
        <translation>已忽略重复的时间槽 ID %1</translation>
    </message>
    <message>
        <source>tier without TIER_ID; named &quot;%1&quot;</source>
        <translation>层缺少 TIER_ID；已命名为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>annotation outside a TIER ignored</source>
        <translation>已忽略位于 TIER 之外的标注</translation>
    </message>
    <message>
        <source>duplicate annotation id %1</source>
        <translation>标注 ID %1 重复</translation>
    </message>
    <message>
        <source>%1 time slot(s) without TIME_VALUE; their times were interpolated</source>
        <translation>%1 个时间槽缺少 TIME_VALUE；已对其时间进行插值</translation>
    </message>
    <message>
        <source>annotation %1 refers to unknown annotation &quot;%2&quot;; skipped</source>
        <translation>标注 %1 引用了未知标注 &quot;%2&quot;；已跳过</translation>
    </message>
    <message>
        <source>annotation %1 refers to unknown time slot &quot;%2&quot;; skipped</source>
        <translation>标注 %1 引用了未知时间槽 &quot;%2&quot;；已跳过</translation>
    </message>
    <message>
        <source>annotation %1 has no time (no time slot has a TIME_VALUE); skipped</source>
        <translation>标注 %1 没有时间（没有任何时间槽具有 TIME_VALUE）；已跳过</translation>
    </message>
    <message>
        <source>annotation %1 is part of a loop of ANNOTATION_REFs; skipped</source>
        <translation>标注 %1 处于 ANNOTATION_REF 循环引用中；已跳过</translation>
    </message>
    <message>
        <source>%1: empty file, not an ELAN annotation document</source>
        <translation>%1：文件为空，不是 ELAN 标注文档</translation>
    </message>
    <message>
        <source>%1: not an ELAN annotation document (the root element is &lt;%2&gt;, expected &lt;ANNOTATION_DOCUMENT&gt;)</source>
        <translation>%1：不是 ELAN 标注文档（根元素为 &lt;%2&gt;，应为 &lt;ANNOTATION_DOCUMENT&gt;）</translation>
    </message>
    <message>
        <source>%1: invalid XML at line %2, column %3: %4</source>
        <translation>%1：第 %2 行第 %3 列 XML 无效：%4</translation>
    </message>
    <message>
        <source>%1: no XML element, not an ELAN annotation document</source>
        <translation>%1：没有 XML 元素，不是 ELAN 标注文档</translation>
    </message>
    <message>
        <source>%1 is not an object; skipped</source>
        <translation>%1 不是对象；已跳过</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; is not a string; text left empty</source>
        <translation>%1：&quot;text&quot; 不是字符串；文本留空</translation>
    </message>
    <message>
        <source>%1 ends before it starts; end set to the start time</source>
        <translation>%1 的结束时间早于开始时间；已将结束时间设为开始时间</translation>
    </message>
    <message>
        <source>%1: missing &quot;%2&quot; (or &quot;%3&quot;); skipped</source>
        <translation>%1：缺少 &quot;%2&quot;（或 &quot;%3&quot;）；已跳过</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid time; skipped</source>
        <translation>%1：&quot;%2&quot; 不是有效时间；已跳过</translation>
    </message>
    <message>
        <source>%1: &quot;words&quot; is not an array; ignored</source>
        <translation>%1：&quot;words&quot; 不是数组；已忽略</translation>
    </message>
    <message>
        <source>%1: invalid JSON at line %2: %3</source>
        <translation>%1：第 %2 行 JSON 无效：%3</translation>
    </message>
    <message>
        <source>%1: expected a JSON array of segments or an object with a &quot;segments&quot; array</source>
        <translation>%1：应为由片段组成的 JSON 数组，或含有 &quot;segments&quot; 数组的对象</translation>
    </message>
    <message>
        <source>%1 bytes are not valid UTF-8 (first on this line); they read as U+FFFD</source>
        <translation>%1 个字节不是有效的 UTF-8（首个位于此行）；已读作 U+FFFD</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header such as ID,Image_Path,Text_Path,Audio_Path,Label</source>
        <translation>%1 为空：应有表头，例如 ID,Image_Path,Text_Path,Audio_Path,Label</translation>
    </message>
    <message>
        <source>no known column in header &apos;%1&apos; (expected ID, Image_Path, Text_Path, Audio_Path, Label ...); every column is kept as an attribute</source>
        <translation>表头 “%1” 中没有可识别的列（应为 ID、Image_Path、Text_Path、Audio_Path、Label…）；所有列均保留为属性</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; missing fields read as empty, extra fields are dropped</source>
        <translation>有 %1 个字段，而表头有 %2 个；缺少的字段视为空，多余的字段被丢弃</translation>
    </message>
    <message>
        <source>quoted field opened on line %1 is never closed</source>
        <translation>第 %1 行开始的带引号字段始终未闭合</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>右引号后有文本</translation>
    </message>
    <message>
        <source>quote inside an unquoted field (kept as text)</source>
        <translation>未加引号的字段中出现引号（按文本保留）</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object; skipped</source>
        <translation>数组元素 %1 不是对象；已跳过</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2; line skipped</source>
        <translation>JSON 无效（第 %1 列）：%2；已跳过该行</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>JSON 无效（第 %1 列）：%2</translation>
    </message>
    <message>
        <source>expected a JSON object on each line; line skipped</source>
        <translation>每行应为一个 JSON 对象；已跳过该行</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: cannot tell the modality of &apos;%2&apos; from its extension</source>
        <translation>列 “%1”：无法根据扩展名判断 “%2” 的模态</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number of seconds</source>
        <translation>%1 “%2” 不是以秒为单位的数值</translation>
    </message>
    <message>
        <source>a second %1 file for sample &apos;%2&apos;; only &apos;%3&apos; is used</source>
        <translation>样本 “%2” 有第二个%1文件；仅使用 “%3”</translation>
    </message>
    <message>
        <source>CSV without a time column (time, timestamp, time_s, time_ms...) is not a sensor stream; ignored</source>
        <translation>不含时间列（time、timestamp、time_s、time_ms…）的 CSV 不是传感器数据流；已忽略</translation>
    </message>
    <message>
        <source>recording folder holds no media; skipped</source>
        <translation>录制文件夹中没有媒体文件；已跳过</translation>
    </message>
    <message>
        <source>sample id &apos;%1&apos; appears more than once; this one is kept as &apos;%2&apos;</source>
        <translation>样本 ID “%1” 出现多次；此条保留为 “%2”</translation>
    </message>
    <message>
        <source>%1 .jsonl manifests in the dataset folder; reading &apos;%2&apos; only (give the manifest&apos;s path to read another)</source>
        <translation>数据集文件夹中有 %1 个 .jsonl 清单；仅读取 “%2”（如需读取其他清单，请指定其路径）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a manifest Lockstep reads (.csv, .jsonl or .json)</source>
        <translation>“%1” 不是 Lockstep 可读取的清单（.csv、.jsonl 或 .json）</translation>
    </message>
    <message>
        <source>no samples found in &apos;%1&apos;: expected metadata.csv, a .jsonl manifest, images/ texts/ audios/ folders, media files or recordings/</source>
        <translation>在 “%1” 中未找到样本：应包含 metadata.csv、.jsonl 清单、images/ texts/ audios/ 文件夹、媒体文件或 recordings/</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation>%1文件 “%2” 不存在</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>needs a file column (file, filename, path, frame or image) and a time column (time_s, time_ms, time_us, timestamp...); ignored</source>
        <translation>需要一个文件列（file、filename、path、frame 或 image）和一个时间列（time_s、time_ms、time_us、timestamp…）；已忽略</translation>
    </message>
    <message>
        <source>%1; row skipped</source>
        <translation>%1；已跳过该行</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not a number</source>
        <translation>时间 “%1” 不是数字</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; in column &apos;%2&apos; is not a number</source>
        <translation>列 “%2” 中的值 “%1” 不是数字</translation>
    </message>
    <message>
        <source>frame &apos;%1&apos; leaves the frames folder; not followed</source>
        <translation>帧 “%1” 超出了帧文件夹；已忽略</translation>
    </message>
    <message>
        <source>frames folder &apos;%1&apos; does not exist</source>
        <translation>帧文件夹 “%1” 不存在</translation>
    </message>
    <message>
        <source>frame file names carry no times and there is no frames.csv; frames are placed at %1 fps in name order</source>
        <translation>帧文件名不含时间且没有 frames.csv；帧按名称顺序以 %1 fps 排列</translation>
    </message>
    <message>
        <source>%1: empty sensor file</source>
        <translation>%1：传感器文件为空</translation>
    </message>
    <message>
        <source>%1:1: no time column (expected one named time, timestamp, t, time_s, time_ms or time_us) in header &apos;%2&apos;</source>
        <translation>%1:1：表头 “%2” 中没有时间列（应命名为 time、timestamp、t、time_s、time_ms 或 time_us）</translation>
    </message>
    <message>
        <source>timestamp goes backwards (%1 s after %2 s)</source>
        <translation>时间戳回退（%1 秒出现在 %2 秒之后）</translation>
    </message>
    <message>
        <source>%1 rows skipped in all (first %2 listed)</source>
        <translation>共跳过 %1 行（列出前 %2 行）</translation>
    </message>
    <message>
        <source>timestamps go backwards %1 times in all</source>
        <translation>时间戳共回退 %1 次</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>路径为空</translation>
    </message>
    <message>
        <source>path contains a NUL character</source>
        <translation>路径含有 NUL 字符</translation>
    </message>
    <message>
        <source>path &apos;%1&apos; leaves the dataset folder; it was not followed</source>
        <translation>路径 “%1” 超出了数据集文件夹；已忽略</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link to &apos;%2&apos;, outside the dataset folder; it was not followed</source>
        <translation>“%1” 是指向 “%2” 的链接，位于数据集文件夹之外；未跟随该链接</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>“%1” 不存在</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>“%1” 为空</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>无法打开 “%1”：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PNG, JPEG, BMP, GIF or WebP image</source>
        <translation>“%1” 不是 PNG、JPEG、BMP、GIF 或 WebP 图像</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 header has no valid image size (truncated or corrupt file)</source>
        <translation>“%1”：%2 文件头中没有有效的图像尺寸（文件被截断或已损坏）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 x %3 pixels, more than the limit of %4 pixels; it was not decoded</source>
        <translation>“%1” 为 %2 x %3 像素，超过 %4 像素的上限；未解码</translation>
    </message>
    <message>
        <source>cannot decode &apos;%1&apos;: unsupported, truncated or corrupt image</source>
        <translation>无法解码 “%1”：图像不受支持、被截断或已损坏</translation>
    </message>
    <message>
        <source>cannot decode &apos;%1&apos;: %2</source>
        <translation>无法解码 “%1”：%2</translation>
    </message>
    <message>
        <source>cannot load Lockstep&apos;s imaging module &apos;%1&apos;: %2</source>
        <translation>无法加载 Lockstep 的图像处理模块 “%1”：%2</translation>
    </message>
    <message>
        <source>Lockstep&apos;s imaging module &apos;%1&apos; is missing; it decodes images and video, so reinstall or rebuild Lockstep (the file belongs next to liblockstep-processing.so)</source>
        <translation>缺少 Lockstep 的图像处理模块 “%1”；该模块用于解码图像和视频，请重新安装或重新构建 Lockstep（该文件应位于 liblockstep-processing.so 旁）</translation>
    </message>
    <message>
        <source>Lockstep&apos;s imaging module &apos;%1&apos; does not fit this version of the engine; reinstall or rebuild Lockstep</source>
        <translation>Lockstep 的图像处理模块 “%1” 与此版本的引擎不匹配；请重新安装或重新构建 Lockstep</translation>
    </message>
    <message>
        <source>&apos;%1&apos; declares %2 frames; too large to decode at once</source>
        <translation>“%1” 声明了 %2 帧；数量过大，无法一次解码</translation>
    </message>
    <message>
        <source>error while decoding &apos;%1&apos;: %2</source>
        <translation>解码 “%1” 时出错：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read at random positions (not seekable)</source>
        <translation>“%1” 无法在任意位置读取（不支持定位）</translation>
    </message>
    <message>
        <source>cannot read audio &apos;%1&apos;: %2</source>
        <translation>无法读取音频 “%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid header (rate %2, channels %3)</source>
        <translation>“%1” 的文件头无效（采样率 %2，声道数 %3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes, more than the %3-byte limit for a text item</source>
        <translation>“%1” 为 %2 字节，超过文本条目 %3 字节的上限</translation>
    </message>
    <message>
        <source>cannot open video &apos;%1&apos; (unsupported codec or corrupt file)</source>
        <translation>无法打开视频 “%1”（编解码器不受支持或文件已损坏）</translation>
    </message>
    <message>
        <source>cannot open video &apos;%1&apos;: %2</source>
        <translation>无法打开视频 “%1”：%2</translation>
    </message>
    <message>
        <source>cannot read frame %1 of video &apos;%2&apos;</source>
        <translation>无法读取视频 “%2” 的第 %1 帧</translation>
    </message>
    <message>
        <source>cannot read video &apos;%1&apos;: %2</source>
        <translation>无法读取视频 “%1”：%2</translation>
    </message>
    <message>
        <source>video &apos;%1&apos; has no readable frames</source>
        <translation>视频 “%1” 没有可读取的帧</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; does not exist</source>
        <translation>项目 “%1” 不存在</translation>
    </message>
    <message>
        <source>cannot open project &apos;%1&apos;: %2</source>
        <translation>无法打开项目 “%1”：%2</translation>
    </message>
    <message>
        <source>cannot prepare project &apos;%1&apos;: %2</source>
        <translation>无法准备项目 “%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Lockstep project (not an SQLite database: %2)</source>
        <translation>“%1” 不是 Lockstep 项目（不是 SQLite 数据库：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Lockstep project</source>
        <translation>“%1” 是 SQLite 数据库，但不是 Lockstep 项目</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; was written by a newer Lockstep (schema %2; this build reads up to %3)</source>
        <translation>项目 “%1” 由更新版本的 Lockstep 写入（schema %2；此版本最高可读取 %3）</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has schema %2 and must be upgraded: open it once for writing (lockstep-cli import or the application)</source>
        <translation>项目 “%1” 的 schema 为 %2，必须升级：以写入方式打开一次（lockstep-cli import 或本应用程序）</translation>
    </message>
    <message>
        <source>it was written by a newer Lockstep (schema %1; this build reads up to %2)</source>
        <translation>它由更新版本的 Lockstep 写入（schema %1；此版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>schema migration %1 -&gt; %2 failed: %3</source>
        <translation>schema 迁移 %1 -&gt; %2 失败：%3</translation>
    </message>
    <message>
        <source>project opened read-only</source>
        <translation>项目以只读方式打开</translation>
    </message>
    <message>
        <source>cannot write project &apos;%1&apos;: %2</source>
        <translation>无法写入项目 “%1”：%2</translation>
    </message>
    <message>
        <source>cannot save project &apos;%1&apos;: %2</source>
        <translation>无法保存项目 “%1”：%2</translation>
    </message>
    <message>
        <source>scan cancelled; measurements finished so far are kept</source>
        <translation>扫描已取消；已完成的测量结果将保留</translation>
    </message>
    <message>
        <source>scan cancelled; %1 files measured so far are kept and a rerun resumes</source>
        <translation>扫描已取消；已测量的 %1 个文件将保留，重新运行时将继续</translation>
    </message>
    <message>
        <source>cannot save scan results in &apos;%1&apos;: %2</source>
        <translation>无法在 “%1” 中保存扫描结果：%2</translation>
    </message>
    <message>
        <source>the dataset folder &apos;%1&apos; of project &apos;%2&apos; is not there</source>
        <translation>项目 “%2” 的数据集文件夹 “%1” 不存在</translation>
    </message>
    <message>
        <source>cannot reset the measurements of &apos;%1&apos;: %2</source>
        <translation>无法重置 “%1” 的测量结果：%2</translation>
    </message>
    <message>
        <source>cannot measure the images and videos of &apos;%1&apos;: %2</source>
        <translation>无法测量 “%1” 的图像和视频：%2</translation>
    </message>
    <message>
        <source>cannot save measurements in &apos;%1&apos;: %2</source>
        <translation>无法在 “%1” 中保存测量结果：%2</translation>
    </message>
    <message>
        <source>a polygon needs at least %1 corners (x y pairs), this one has %2</source>
        <translation>多边形至少需要 %1 个顶点（x y 坐标对），此多边形有 %2 个</translation>
    </message>
    <message>
        <source>a polygon may have at most %1 corners, this one has %2</source>
        <translation>多边形最多可有 %1 个顶点，此多边形有 %2 个</translation>
    </message>
    <message>
        <source>a corner of the polygon is not a finite number</source>
        <translation>多边形的某个顶点不是有限数值</translation>
    </message>
    <message>
        <source>the polygon encloses nothing (its corners lie on one line)</source>
        <translation>多边形未围成任何区域（其顶点位于同一直线上）</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
</context>
<context>
    <name>lockstep::EngineProgressText</name>
    <message>
        <source>Reading the sample index</source>
        <translation>正在读取样本索引</translation>
    </message>
    <message>
        <source>Measuring files</source>
        <translation>正在测量文件</translation>
    </message>
    <message>
        <source>Finding issues and duplicates</source>
        <translation>正在查找问题和重复项</translation>
    </message>
    <message>
        <source>Saving results</source>
        <translation>正在保存结果</translation>
    </message>
    <message>
        <source>Saving project</source>
        <translation>正在保存项目</translation>
    </message>
    <message>
        <source>Listing files</source>
        <translation>正在列出文件</translation>
    </message>
    <message>
        <source>Pairing files by name</source>
        <translation>正在按名称配对文件</translation>
    </message>
    <message>
        <source>Reading recordings</source>
        <translation>正在读取录制数据</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Writing demo sample %1</source>
        <translation>正在写入示例样本 %1</translation>
    </message>
    <message>
        <source>Writing demo recording %1</source>
        <translation>正在写入示例录制数据 %1</translation>
    </message>
    <message>
        <source>Demo dataset written</source>
        <translation>示例数据集已写入</translation>
    </message>
    <message>
        <source>Summarising the waveform of %1</source>
        <translation>正在汇总 %1 的波形</translation>
    </message>
    <message>
        <source>Computing features of %1</source>
        <translation>正在计算 %1 的特征</translation>
    </message>
</context>
<context>
    <name>lockstep::IssueCountsPlot</name>
    <message>
        <source>samples with the issue</source>
        <translation>存在该问题的样本数</translation>
    </message>
    <message>
        <source>Click a bar to show only the samples with that issue</source>
        <translation>点击条形可只显示存在该问题的样本</translation>
    </message>
</context>
<context>
    <name>lockstep::IssueJumpActions</name>
    <message>
        <source>Next Issue of This &amp;Type</source>
        <translation>下一个同类型问题(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the next sample in the table with the current issue type (click a type in the Issues section to pick it)</source>
        <translation>转到表格中下一个具有当前问题类型的样本（在“问题”部分点击某个类型即可选择）</translation>
    </message>
    <message>
        <source>Previous Issue of This T&amp;ype</source>
        <translation>上一个同类型问题(&amp;Y)</translation>
    </message>
    <message>
        <source>Go to the previous sample in the table with the current issue type</source>
        <translation>转到表格中上一个具有当前问题类型的样本</translation>
    </message>
    <message>
        <source>No sample in the table has a %1 issue</source>
        <translation>表格中没有样本存在 %1 问题</translation>
    </message>
    <message>
        <source>This sample has no issues: pick a sample with one (or scan the dataset first)</source>
        <translation>此样本没有问题：请选择一个存在问题的样本（或先扫描数据集）</translation>
    </message>
    <message>
        <source>This is the only sample in the table with a %1 issue</source>
        <translation>这是表格中唯一存在 %1 问题的样本</translation>
    </message>
    <message>
        <source>Wrapped around to the first sample with a %1 issue</source>
        <translation>已回到第一个存在 %1 问题的样本</translation>
    </message>
    <message>
        <source>Wrapped around to the last sample with a %1 issue</source>
        <translation>已回到最后一个存在 %1 问题的样本</translation>
    </message>
</context>
<context>
    <name>lockstep::IssueMessageText</name>
    <message>
        <source>file &apos;%1&apos; does not exist</source>
        <translation>文件“%1”不存在</translation>
    </message>
    <message>
        <source>%1 bytes are not valid UTF-8 (shown as U+FFFD)</source>
        <translation>%1 个字节不是有效的 UTF-8（显示为 U+FFFD）</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an unreadable file: the decoder&apos;s own error text</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 x %2 px: smaller than %3 px on a side</source>
        <translation>%1 x %2 像素：有一边小于 %3 像素</translation>
    </message>
    <message>
        <source>aspect ratio %1 (%2 x %3 px)</source>
        <translation>宽高比 %1（%2 x %3 像素）</translation>
    </message>
    <message>
        <source>99% of pixels darker than %1 (limit %2)</source>
        <translation>99% 的像素暗于 %1（限值 %2）</translation>
    </message>
    <message>
        <source>95% of pixels brighter than %1 (overexposed)</source>
        <translation>95% 的像素亮于 %1（过曝）</translation>
    </message>
    <message>
        <source>RMS contrast %1 (limit %2)</source>
        <translation>RMS 对比度 %1（限值 %2）</translation>
    </message>
    <message>
        <source>cleanvision blur score %1 under %2 (variance of the Laplacian %3)</source>
        <translation>cleanvision 模糊分数 %1 低于 %2（Laplacian 方差 %3）</translation>
    </message>
    <message>
        <source>variance of the Laplacian %1 under %2 (cleanvision blur score %3)</source>
        <translation>Laplacian 方差 %1 低于 %2（cleanvision 模糊分数 %3）</translation>
    </message>
    <message>
        <source>entropy %1 bits: little visual information</source>
        <translation>熵 %1 比特：视觉信息很少</translation>
    </message>
    <message>
        <source>the image has no colour</source>
        <translation>图像没有色彩</translation>
    </message>
    <message>
        <source>the file holds no audio samples</source>
        <translation>文件中没有任何音频采样</translation>
    </message>
    <message>
        <source>%1 s long (limit %2 s)</source>
        <translation>时长 %1 秒（限值 %2 秒）</translation>
    </message>
    <message>
        <source>%1 samples in runs of 3 or more at full scale (%2% of the clip)</source>
        <translation>%1 个采样处于连续 3 个或以上的满量程采样中（占音频的 %2%）</translation>
    </message>
    <message>
        <source>peak %1 dBFS: the clip is silent</source>
        <translation>峰值 %1 dBFS：音频为静音</translation>
    </message>
    <message>
        <source>%1% of 10 ms frames under -40 dBFS</source>
        <translation>%1% 的 10 毫秒帧低于 -40 dBFS</translation>
    </message>
    <message>
        <source>peak %1 dBFS, RMS %2 dBFS: recorded too quietly</source>
        <translation>峰值 %1 dBFS，RMS %2 dBFS：录音音量过低</translation>
    </message>
    <message>
        <source>mean sample value %1 (limit ±%2)</source>
        <translation>采样均值 %1（限值 ±%2）</translation>
    </message>
    <message>
        <source>no content above %1 Hz (sample rate %2 Hz)</source>
        <translation>%1 Hz 以上没有内容（采样率 %2 Hz）</translation>
    </message>
    <message>
        <source>%1 Hz where most clips are %2 Hz</source>
        <translation>%1 Hz，而大多数音频为 %2 Hz</translation>
    </message>
    <message>
        <source>%1 channels where most clips have %2</source>
        <translation>%1 个声道，而大多数音频为 %2 个</translation>
    </message>
    <message>
        <source>only whitespace (%1 characters)</source>
        <translation>只有空白字符（%1 个字符）</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <source>%1 characters (limit %2)</source>
        <translation>%1 个字符（限值 %2）</translation>
    </message>
    <message>
        <source>%1 control or non-printable characters</source>
        <translation>%1 个控制字符或不可打印字符</translation>
    </message>
    <message>
        <source>no %1, which %2% or more of the samples from &apos;%3&apos; have</source>
        <translation>缺少%1，而来自“%3”的样本中至少有 %2% 具有此项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a segment ending at %2 s; the audio lasts %3 s</source>
        <translation>“%1”有一个片段在 %2 秒处结束；音频时长为 %3 秒</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts before 0 s</source>
        <translation>“%1”在 0 秒之前开始</translation>
    </message>
    <message>
        <source>timestamps go backwards in a sensor stream or a segment list</source>
        <translation>传感器数据流或片段列表中的时间戳出现倒退</translation>
    </message>
    <message>
        <source>segment %1 s + %2 s runs past the end of the %3 s file</source>
        <translation>片段 %1 秒 + %2 秒超出了文件末尾（文件时长 %3 秒）</translation>
    </message>
    <message>
        <source>manifest says %1 s, the audio lasts %2 s</source>
        <translation>清单中为 %1 秒，音频时长为 %2 秒</translation>
    </message>
    <message>
        <source>its streams last between %1 s and %2 s</source>
        <translation>其数据流时长介于 %1 秒到 %2 秒之间</translation>
    </message>
    <message>
        <source>%1 = %2 is %3 robust z above the median %4</source>
        <translation>%1 = %2，比中位数 %4 高 %3 个稳健 z</translation>
    </message>
    <message>
        <source>%1 = %2 is %3 robust z below the median %4</source>
        <translation>%1 = %2，比中位数 %4 低 %3 个稳健 z</translation>
    </message>
    <message>
        <source>%1 = %2 is %3 robust z above the median %4 (log scale)</source>
        <translation>%1 = %2，比中位数 %4 高 %3 个稳健 z（对数尺度）</translation>
    </message>
    <message>
        <source>%1 = %2 is %3 robust z below the median %4 (log scale)</source>
        <translation>%1 = %2，比中位数 %4 低 %3 个稳健 z（对数尺度）</translation>
    </message>
    <message>
        <source>exact duplicate of sample %1 (suggested keeper): %2</source>
        <translation>与样本 %1（建议保留项）完全重复：%2</translation>
    </message>
    <message>
        <source>near duplicate of sample %1 (suggested keeper): %2</source>
        <translation>与样本 %1（建议保留项）近似重复：%2</translation>
    </message>
    <message>
        <source>same decoded pixels</source>
        <translation>解码后的像素相同</translation>
    </message>
    <message>
        <source>pHash within %1 bits</source>
        <translation>pHash 相差不超过 %1 位</translation>
    </message>
    <message>
        <source>same decoded samples</source>
        <translation>解码后的采样相同</translation>
    </message>
    <message>
        <source>fingerprint similarity &gt;= %1</source>
        <translation>指纹相似度 &gt;= %1</translation>
    </message>
    <message>
        <source>same normalised text</source>
        <translation>规范化后的文本相同</translation>
    </message>
    <message>
        <source>MinHash Jaccard &gt;= %1</source>
        <translation>MinHash Jaccard &gt;= %1</translation>
    </message>
    <message>
        <source>not all have a caption</source>
        <translation>并非都有说明文字</translation>
    </message>
    <message>
        <source>not all have an image</source>
        <translation>并非都有图像</translation>
    </message>
    <message>
        <source>not all have audio</source>
        <translation>并非都有音频</translation>
    </message>
    <message>
        <source>same captions</source>
        <translation>说明文字相同</translation>
    </message>
    <message>
        <source>same image</source>
        <translation>图像相同</translation>
    </message>
    <message>
        <source>same audio</source>
        <translation>音频相同</translation>
    </message>
    <message>
        <source>different captions</source>
        <translation>说明文字不同</translation>
    </message>
    <message>
        <source>different image</source>
        <translation>图像不同</translation>
    </message>
    <message>
        <source>different audio</source>
        <translation>音频不同</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list in an issue message</comment>
        <translation>、</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the notes after a duplicate group&apos;s reason</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>lockstep::JobProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this job; the project keeps what it held before</source>
        <translation>停止此任务；项目将保留之前的内容</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1/s, %2 left</source>
        <translation>%1/秒，剩余 %2</translation>
    </message>
</context>
<context>
    <name>lockstep::JobRunner</name>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Internal error in a background job</source>
        <translation>后台任务发生内部错误</translation>
    </message>
</context>
<context>
    <name>lockstep::LabelSetDialog</name>
    <message>
        <source>Label Set</source>
        <translation>标签集</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>new label</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>From &amp;Dataset</source>
        <translation>从数据集导入(&amp;D)</translation>
    </message>
    <message>
        <source>new label %1</source>
        <translation>新标签 %1</translation>
    </message>
    <message>
        <source>A label cannot be blank.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>“%1” is already in the label set.</source>
        <translation>“%1”已在标签集中。</translation>
    </message>
    <message>
        <source>The Label commands of the Annotate menu give the selected samples the label in that place.</source>
        <translation>“标注”菜单中的各“标签设为”命令会为所选样本设置位于相应位置的标签。</translation>
    </message>
    <message>
        <source>Keys %1 give the selected samples the label in that place.</source>
        <translation>按键 %1 会为所选样本设置位于相应位置的标签。</translation>
    </message>
</context>
<context>
    <name>lockstep::MainWindow</name>
    <message>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <source>Open &amp;Dataset Folder…</source>
        <translation>打开数据集文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a folder of images, texts, audio, recordings and manifests</source>
        <translation>打开包含图像、文本、音频、录制数据和清单文件的文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a .lockstep project file</source>
        <translation>打开 .lockstep 项目文件</translation>
    </message>
    <message>
        <source>Open De&amp;mo Dataset</source>
        <translation>打开示例数据集(&amp;M)</translation>
    </message>
    <message>
        <source>Open a generated dataset with planted problems (created on first use)</source>
        <translation>打开一个预置了各类问题的生成数据集（首次使用时创建）</translation>
    </message>
    <message>
        <source>&amp;Import Dataset Again</source>
        <translation>重新导入数据集(&amp;I)</translation>
    </message>
    <message>
        <source>Read the dataset folder again to pick up added, changed or removed files</source>
        <translation>重新读取数据集文件夹，以纳入新增、修改或删除的文件</translation>
    </message>
    <message>
        <source>&amp;Close Dataset</source>
        <translation>关闭数据集(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go to Sample…</source>
        <translation>转到样本(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;About Lockstep</source>
        <translation>关于 Lockstep(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近打开的文件(&amp;C)</translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Lockstep projects (*.lockstep);;All files (*)</source>
        <translation>Lockstep 项目 (*.lockstep);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>&amp;Scan Quality</source>
        <translation>扫描质量(&amp;S)</translation>
    </message>
    <message>
        <source>Measure every image, audio and text file and find quality issues, outliers and duplicates (unchanged files are not decoded again)</source>
        <translation>测量每个图像、音频和文本文件，查找质量问题、离群值和重复项（未改动的文件不会重新解码）</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Filter Samples…</source>
        <translation>筛选样本(&amp;F)…</translation>
    </message>
    <message>
        <source>Show only the samples that match a query, e.g. has:image.blurry</source>
        <translation>只显示符合查询的样本，例如 has:image.blurry</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Quality Dashboard</source>
        <translation>质量仪表板</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quality Dashboard</source>
        <translation>质量仪表板(&amp;Q)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Groups</source>
        <translation>重复组(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate groups list</source>
        <translation>重复组列表</translation>
    </message>
    <message>
        <source>Customize &amp;Shortcuts…</source>
        <translation>自定义快捷键(&amp;S)…</translation>
    </message>
    <message>
        <source>Give any command the key you want</source>
        <translation>为任意命令设置您想要的按键</translation>
    </message>
</context>
<context>
    <name>lockstep::MetricHistogramPlot</name>
    <message>
        <source>robust z ±%1</source>
        <translation>稳健 z ±%1</translation>
    </message>
    <message>
        <source>z ±%1</source>
        <translation>z ±%1</translation>
    </message>
    <message>
        <source>IQR fences ×%1</source>
        <translation>IQR 围栏 ×%1</translation>
    </message>
    <message>
        <source>robust z %1%2</source>
        <translation>稳健 z %1%2</translation>
    </message>
    <message>
        <source>z %1%2</source>
        <translation>z %1%2</translation>
    </message>
    <message>
        <source>Q3 + %1 IQR</source>
        <translation>Q3 + %1 IQR</translation>
    </message>
    <message>
        <source>Q1 − %1 IQR</source>
        <translation>Q1 − %1 IQR</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Drag across bars to show only the samples in that range</source>
        <translation>在条形上拖动，可只显示该范围内的样本</translation>
    </message>
    <message>
        <source>No values of %1 in the last scan</source>
        <translation>上次扫描中没有 %1 的值</translation>
    </message>
    <message>
        <source>  (outliers judged on log₁₀)</source>
        <translation>（离群值按 log₁₀ 判定）</translation>
    </message>
    <message>
        <source>%1 samples · %2: %3 below %4, %5 above %6</source>
        <translation>%1 个样本 · %2：%3 个低于 %4，%5 个高于 %6</translation>
    </message>
    <message>
        <source>%1 of %2 samples (the filter&apos;s) · %3 from all: %4 below %5, %6 above %7</source>
        <translation>%1 / %2 个样本（筛选结果）· %3（按全部样本计算）：%4 个低于 %5，%6 个高于 %7</translation>
    </message>
</context>
<context>
    <name>lockstep::MetricScatterPlot</name>
    <message>
        <source>No sample has both %1 and %2</source>
        <translation>没有样本同时具有 %1 和 %2</translation>
    </message>
    <message>
        <source>samples per cell</source>
        <translation>每格样本数</translation>
    </message>
    <message>
        <source>Draw around samples to show only those · Shift+drag for a rectangle · Ctrl+drag to pan · wheel to zoom · double-click to show everything</source>
        <translation>圈选样本以只显示这些样本 · Shift+拖动改用矩形 · Ctrl+拖动平移 · 滚轮缩放 · 双击显示全部</translation>
    </message>
    <message>
        <source>Drag a rectangle to show only those samples · Shift+drag to draw a lasso · Ctrl+drag to pan · wheel to zoom · double-click to show everything</source>
        <translation>拖出矩形以只显示其中的样本 · Shift+拖动绘制套索 · Ctrl+拖动平移 · 滚轮缩放 · 双击显示全部</translation>
    </message>
</context>
<context>
    <name>lockstep::QualityDashboard</name>
    <message>
        <source>The metric of the last scan to show as a histogram</source>
        <translation>以直方图显示的上次扫描指标</translation>
    </message>
    <message>
        <source>Robust z (median, MAD)</source>
        <translation>稳健 z（中位数，MAD）</translation>
    </message>
    <message>
        <source>z-score (mean, std)</source>
        <translation>z 分数（均值，标准差）</translation>
    </message>
    <message>
        <source>IQR fences (Tukey)</source>
        <translation>IQR 围栏（Tukey）</translation>
    </message>
    <message>
        <source>How the outlier cut-offs are drawn. The scan flags robust z beyond the project&apos;s cut-off (sample.outlier_cutoff); z-score uses 3, IQR fences 1.5 × IQR.</source>
        <translation>离群值分界线的绘制方式。扫描会标记稳健 z 超出项目分界值（sample.outlier_cutoff）的样本；z 分数使用 3，IQR 围栏使用 1.5 × IQR。</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>Cut-offs:</source>
        <translation>分界线：</translation>
    </message>
    <message>
        <source>Metric on the horizontal axis</source>
        <translation>横轴上的指标</translation>
    </message>
    <message>
        <source>Metric on the vertical axis</source>
        <translation>纵轴上的指标</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <source>against</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Issues by type</source>
        <translation>按类型统计的问题</translation>
    </message>
    <message>
        <source>No quality scan yet: Dataset ▸ Scan Quality</source>
        <translation>尚未进行质量扫描：数据集 ▸ 扫描质量</translation>
    </message>
    <message>
        <source>No issues found by the last scan</source>
        <translation>上次扫描未发现问题</translation>
    </message>
    <message numerus="yes">
        <source>%n issue type(s) · click a bar to list its samples</source>
        <translation>
            <numerusform>%n 种问题类型 · 点击条形可列出其样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Plot only the samples the filter shows</source>
        <translation>仅绘制筛选后显示的样本</translation>
    </message>
    <message>
        <source>The histogram and the scatter plot count only the samples in the table; the outlier cut-offs still come from every sample</source>
        <translation>直方图和散点图只统计表格中的样本；离群值分界线仍根据所有样本计算</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag a rectangle to filter (Shift+drag draws a lasso)</source>
        <translation>拖出矩形进行筛选（Shift+拖动绘制套索）</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <source>Draw around the samples to filter (Shift+drag draws a rectangle)</source>
        <translation>圈选样本进行筛选（Shift+拖动绘制矩形）</translation>
    </message>
    <message>
        <source>%1 samples have both</source>
        <translation>%1 个样本同时具有两者</translation>
    </message>
    <message>
        <source>%1 samples the filter shows have both</source>
        <translation>筛选显示的样本中有 %1 个同时具有两者</translation>
    </message>
    <message>
        <source>%1 · draw around samples to filter, Ctrl+drag to pan, wheel to zoom</source>
        <translation>%1 · 圈选样本进行筛选，Ctrl+拖动平移，滚轮缩放</translation>
    </message>
    <message>
        <source>%1 · drag a rectangle to filter, Ctrl+drag to pan, wheel to zoom</source>
        <translation>%1 · 拖出矩形进行筛选，Ctrl+拖动平移，滚轮缩放</translation>
    </message>
</context>
<context>
    <name>lockstep::QualityNames</name>
    <message>
        <source>Unreadable image</source>
        <translation>无法读取的图像</translation>
    </message>
    <message>
        <source>Missing image file</source>
        <translation>图像文件缺失</translation>
    </message>
    <message>
        <source>Image too small</source>
        <translation>图像过小</translation>
    </message>
    <message>
        <source>Odd image aspect ratio</source>
        <translation>图像宽高比异常</translation>
    </message>
    <message>
        <source>Dark image</source>
        <translation>图像过暗</translation>
    </message>
    <message>
        <source>Light image</source>
        <translation>图像过亮</translation>
    </message>
    <message>
        <source>Low image contrast</source>
        <translation>图像对比度低</translation>
    </message>
    <message>
        <source>Blurry image</source>
        <translation>图像模糊</translation>
    </message>
    <message>
        <source>Low-information image</source>
        <translation>图像信息量低</translation>
    </message>
    <message>
        <source>Grayscale image</source>
        <translation>灰度图像</translation>
    </message>
    <message>
        <source>Exact duplicate image</source>
        <translation>完全重复的图像</translation>
    </message>
    <message>
        <source>Near-duplicate image</source>
        <translation>近似重复的图像</translation>
    </message>
    <message>
        <source>Unreadable audio</source>
        <translation>无法读取的音频</translation>
    </message>
    <message>
        <source>Missing audio file</source>
        <translation>音频文件缺失</translation>
    </message>
    <message>
        <source>Empty audio</source>
        <translation>空音频</translation>
    </message>
    <message>
        <source>Audio too short</source>
        <translation>音频过短</translation>
    </message>
    <message>
        <source>Audio too long</source>
        <translation>音频过长</translation>
    </message>
    <message>
        <source>Audio clipping</source>
        <translation>音频削波</translation>
    </message>
    <message>
        <source>Silent audio</source>
        <translation>静音音频</translation>
    </message>
    <message>
        <source>Mostly silent audio</source>
        <translation>音频大部分静音</translation>
    </message>
    <message>
        <source>Low audio level</source>
        <translation>音频音量过低</translation>
    </message>
    <message>
        <source>Audio DC offset</source>
        <translation>音频直流偏移</translation>
    </message>
    <message>
        <source>Low audio bandwidth</source>
        <translation>音频带宽过窄</translation>
    </message>
    <message>
        <source>Unusual sample rate</source>
        <translation>采样率异常</translation>
    </message>
    <message>
        <source>Unusual channel count</source>
        <translation>声道数异常</translation>
    </message>
    <message>
        <source>Exact duplicate audio</source>
        <translation>完全重复的音频</translation>
    </message>
    <message>
        <source>Near-duplicate audio</source>
        <translation>近似重复的音频</translation>
    </message>
    <message>
        <source>Unreadable text</source>
        <translation>无法读取的文本</translation>
    </message>
    <message>
        <source>Missing text file</source>
        <translation>文本文件缺失</translation>
    </message>
    <message>
        <source>Empty text</source>
        <translation>空文本</translation>
    </message>
    <message>
        <source>Text too short</source>
        <translation>文本过短</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>文本过长</translation>
    </message>
    <message>
        <source>Control characters in text</source>
        <translation>文本含控制字符</translation>
    </message>
    <message>
        <source>Exact duplicate text</source>
        <translation>完全重复的文本</translation>
    </message>
    <message>
        <source>Near-duplicate text</source>
        <translation>近似重复的文本</translation>
    </message>
    <message>
        <source>Missing modality</source>
        <translation>缺少模态</translation>
    </message>
    <message>
        <source>Speech rate outlier</source>
        <translation>语速离群</translation>
    </message>
    <message>
        <source>Metric outlier</source>
        <translation>指标离群</translation>
    </message>
    <message>
        <source>Segment outside its media</source>
        <translation>片段超出媒体范围</translation>
    </message>
    <message>
        <source>Timestamps out of order</source>
        <translation>时间戳顺序错乱</translation>
    </message>
    <message>
        <source>Stream durations disagree</source>
        <translation>数据流时长不一致</translation>
    </message>
    <message>
        <source>Image width (px)</source>
        <translation>图像宽度（像素）</translation>
    </message>
    <message>
        <source>Image height (px)</source>
        <translation>图像高度（像素）</translation>
    </message>
    <message>
        <source>Image channels</source>
        <translation>图像通道数</translation>
    </message>
    <message>
        <source>Image is grayscale</source>
        <translation>图像为灰度</translation>
    </message>
    <message>
        <source>Image aspect ratio</source>
        <translation>图像宽高比</translation>
    </message>
    <message>
        <source>Mean brightness</source>
        <translation>平均亮度</translation>
    </message>
    <message>
        <source>Brightness, 5th percentile</source>
        <translation>亮度第 5 百分位</translation>
    </message>
    <message>
        <source>Brightness, 99th percentile</source>
        <translation>亮度第 99 百分位</translation>
    </message>
    <message>
        <source>RMS contrast</source>
        <translation>RMS 对比度</translation>
    </message>
    <message>
        <source>Sharpness (Laplacian variance)</source>
        <translation>清晰度（拉普拉斯方差）</translation>
    </message>
    <message>
        <source>Blur score (cleanvision)</source>
        <translation>模糊分数（cleanvision）</translation>
    </message>
    <message>
        <source>Image entropy</source>
        <translation>图像熵</translation>
    </message>
    <message>
        <source>Sample rate (Hz)</source>
        <translation>采样率（Hz）</translation>
    </message>
    <message>
        <source>Audio channels</source>
        <translation>音频声道数</translation>
    </message>
    <message>
        <source>Audio duration (s)</source>
        <translation>音频时长（秒）</translation>
    </message>
    <message>
        <source>Audio frames</source>
        <translation>音频帧数</translation>
    </message>
    <message>
        <source>Peak level (dBFS)</source>
        <translation>峰值电平（dBFS）</translation>
    </message>
    <message>
        <source>RMS level (dBFS)</source>
        <translation>RMS 电平（dBFS）</translation>
    </message>
    <message>
        <source>Clipped samples</source>
        <translation>削波采样点数</translation>
    </message>
    <message>
        <source>Clipping ratio</source>
        <translation>削波比例</translation>
    </message>
    <message>
        <source>Silence ratio</source>
        <translation>静音比例</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>直流偏移</translation>
    </message>
    <message>
        <source>Bandwidth (Hz)</source>
        <translation>带宽（Hz）</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Invalid UTF-8 bytes</source>
        <translation>无效 UTF-8 字节数</translation>
    </message>
    <message>
        <source>Control characters</source>
        <translation>控制字符数</translation>
    </message>
    <message>
        <source>Text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <source>Video width (px)</source>
        <translation>视频宽度（像素）</translation>
    </message>
    <message>
        <source>Video height (px)</source>
        <translation>视频高度（像素）</translation>
    </message>
    <message>
        <source>Video frame rate</source>
        <translation>视频帧率</translation>
    </message>
    <message>
        <source>Video frames</source>
        <translation>视频帧数</translation>
    </message>
    <message>
        <source>Video duration (s)</source>
        <translation>视频时长（秒）</translation>
    </message>
    <message>
        <source>Characters per second of audio</source>
        <translation>每秒音频的字符数</translation>
    </message>
    <message>
        <source>Words per second of audio</source>
        <translation>每秒音频的词数</translation>
    </message>
    <message>
        <source>Completeness (modalities present)</source>
        <translation>完整度（已有模态）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a metric&apos;s or issue type&apos;s name, then its identifier</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>lockstep::QueryErrorText</name>
    <message>
        <source>&apos;!&apos; must be followed by &apos;=&apos;</source>
        <translation>&apos;!&apos; 后面必须跟 &apos;=&apos;</translation>
    </message>
    <message>
        <source>the quoted text has no closing &apos;&quot;&apos;</source>
        <translation>引号内的文本缺少结尾的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>意外的 “%1”</translation>
    </message>
    <message>
        <source>a value is missing here</source>
        <translation>此处缺少值</translation>
    </message>
    <message>
        <source>&apos;)&apos; is missing</source>
        <translation>缺少 &apos;)&apos;</translation>
    </message>
    <message>
        <source>the query ends too early</source>
        <translation>查询过早结束</translation>
    </message>
    <message>
        <source>inside(...) takes two metrics first, e.g. inside(audio.duration_s, text.chars: 1 10, 5 10, 5 80)</source>
        <translation>inside(...) 需先指定两个指标，例如 inside(audio.duration_s, text.chars: 1 10, 5 10, 5 80)</translation>
    </message>
    <message>
        <source>&apos;,&apos; between the two metrics of inside(...) is missing</source>
        <translation>inside(...) 的两个指标之间缺少 &apos;,&apos;</translation>
    </message>
    <message>
        <source>&apos;:&apos; before the corners of inside(...) is missing</source>
        <translation>inside(...) 的顶点前缺少 &apos;:&apos;</translation>
    </message>
    <message>
        <source>a corner of inside(...) is two numbers, x and y</source>
        <translation>inside(...) 的每个顶点为两个数字：x 和 y</translation>
    </message>
    <message>
        <source>inside(...) takes at most %1 corners</source>
        <translation>inside(...) 最多接受 %1 个顶点</translation>
    </message>
    <message>
        <source>&apos;,&apos; between corners or &apos;)&apos; after the last one is missing</source>
        <translation>顶点之间缺少 &apos;,&apos;，或最后一个顶点后缺少 &apos;)&apos;</translation>
    </message>
    <message>
        <source>inside(...): %1</source>
        <translation>inside(...)：%1</translation>
    </message>
    <message>
        <source>write has:TYPE, e.g. has:image.blurry or has:audio</source>
        <translation>请写作 has:TYPE，例如 has:image.blurry 或 has:audio</translation>
    </message>
    <message>
        <source>write tag:NAME or tag != NAME</source>
        <translation>请写作 tag:NAME 或 tag != NAME</translation>
    </message>
    <message>
        <source>%1 is a count: compare it with a number</source>
        <translation>%1 是计数：请与数字比较</translation>
    </message>
    <message>
        <source>%1 is a metric: compare it with a number</source>
        <translation>%1 是指标：请与数字比较</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (id, label, split, status, source, issues, warnings, streams, tag, has:..., or a metric such as audio.rms_dbfs)</source>
        <translation>未知字段 “%1”（id、label、split、status、source、issues、warnings、streams、tag、has:...，或指标，如 audio.rms_dbfs）</translation>
    </message>
</context>
<context>
    <name>lockstep::ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the sample and go to the next one</source>
        <translation>接受此样本并转到下一个</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the sample and go to the next one</source>
        <translation>拒绝此样本并转到下一个</translation>
    </message>
    <message>
        <source>Needs &amp;Fix</source>
        <translation>需要修正(&amp;F)</translation>
    </message>
    <message>
        <source>Mark the sample as needing a fix and go to the next one</source>
        <translation>将此样本标记为需要修正并转到下一个</translation>
    </message>
    <message>
        <source>&amp;Clear Decision</source>
        <translation>清除决定(&amp;C)</translation>
    </message>
    <message>
        <source>Make the sample unreviewed again and go to the next one</source>
        <translation>将此样本恢复为未审核并转到下一个</translation>
    </message>
    <message>
        <source>&amp;Next Sample</source>
        <translation>下一个样本(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next sample in the table</source>
        <translation>转到表格中的下一个样本</translation>
    </message>
    <message>
        <source>&amp;Previous Sample</source>
        <translation>上一个样本(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous sample in the table</source>
        <translation>转到表格中的上一个样本</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Reviews cannot be saved: %1</source>
        <translation>无法保存审核结果：%1</translation>
    </message>
</context>
<context>
    <name>lockstep::ReviewQueueBar</name>
    <message>
        <source>&lt;b&gt;Review queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;审核队列&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Which samples: has:audio.clipping, label = dog … (empty: all)</source>
        <translation>哪些样本：has:audio.clipping、label = dog …（留空：全部）</translation>
    </message>
    <message>
        <source>The issue type whose severity or measured value orders the queue</source>
        <translation>按其严重程度或测量值对队列排序的问题类型</translation>
    </message>
    <message>
        <source>Only &amp;unreviewed</source>
        <translation>仅未审核(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Table order</source>
        <translation>表格顺序</translation>
    </message>
    <message>
        <source>Worst issue first</source>
        <translation>最严重问题优先</translation>
    </message>
    <message>
        <source>Largest measured value first</source>
        <translation>测量值从大到小</translation>
    </message>
    <message>
        <source>Smallest measured value first</source>
        <translation>测量值从小到大</translation>
    </message>
    <message>
        <source>any issue</source>
        <translation>任意问题</translation>
    </message>
    <message numerus="yes">
        <source>%Ln decided in this queue</source>
        <translation>
            <numerusform>此队列中已决定 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Queue finished.&lt;/b&gt; %Ln decided. %1 returns to the table.</source>
        <translation>
            <numerusform>&lt;b&gt;队列已完成。&lt;/b&gt;已决定 %Ln 个。按 %1 返回表格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Queue finished.&lt;/b&gt; %Ln decided.</source>
        <translation>
            <numerusform>&lt;b&gt;队列已完成。&lt;/b&gt;已决定 %Ln 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ReviewQueueMode</name>
    <message>
        <source>Review &amp;Queue…</source>
        <translation>审核队列(&amp;Q)…</translation>
    </message>
    <message>
        <source>Go through the samples of a query one at a time, in the inspector, in table order or worst issue first</source>
        <translation>在检查器中逐个查看某个查询的样本，按表格顺序或最严重问题优先</translation>
    </message>
    <message>
        <source>Leave Review Queue</source>
        <translation>退出审核队列</translation>
    </message>
    <message>
        <source>Pick an issue type: its measured value orders the queue</source>
        <translation>请选择一个问题类型：以其测量值对队列排序</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>No sample matches: the queue is empty</source>
        <translation>没有匹配的样本：队列为空</translation>
    </message>
    <message>
        <source>all samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <source>%1, unreviewed</source>
        <translation>%1，未审核</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>any issue</source>
        <translation>任意问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review queue&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color: palette(placeholder-text);&quot;&gt;%1 · %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;审核队列&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color: palette(placeholder-text);&quot;&gt;%1 · %2&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Review queue: %Ln sample(s)</source>
        <translation>
            <numerusform>审核队列：%Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review queue finished: %Ln sample(s) decided</source>
        <translation>
            <numerusform>审核队列已完成：已决定 %Ln 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Left the review queue at sample %1 of %2</source>
        <translation>已在第 %1 个样本（共 %2 个）处退出审核队列</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>needs fix</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>back to the table</source>
        <translation>返回表格</translation>
    </message>
</context>
<context>
    <name>lockstep::ReviewSession</name>
    <message>
        <source>Cannot save the review in the project file: %1</source>
        <translation>无法将审核结果保存到项目文件：%1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n sample(s)</source>
        <translation>
            <numerusform>接受 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n sample(s)</source>
        <translation>
            <numerusform>拒绝 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as needing a fix</source>
        <translation>将 %1 标记为需要修正</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sample(s) as needing a fix</source>
        <translation>
            <numerusform>将 %n 个样本标记为需要修正</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the review of %1</source>
        <translation>清除 %1 的审核结果</translation>
    </message>
    <message numerus="yes">
        <source>Clear the review of %n sample(s)</source>
        <translation>
            <numerusform>清除 %n 个样本的审核结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::SampleAnnotationsEditor</name>
    <message>
        <source>+ Tag</source>
        <translation>+ 标记</translation>
    </message>
    <message>
        <source>Note — saved when you leave the field (Ctrl+Return)</source>
        <translation>备注 — 离开此输入框时保存（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>移除标记 %1</translation>
    </message>
    <message>
        <source>Add a tag to the selected samples</source>
        <translation>为所选样本添加标记</translation>
    </message>
    <message>
        <source>Add a tag to the selected samples (%1)</source>
        <translation>为所选样本添加标记（%1）</translation>
    </message>
</context>
<context>
    <name>lockstep::SampleCountsLabel</name>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>显示 %L1 个</translation>
    </message>
    <message>
        <source>%L1 selected</source>
        <translation>已选 %L1 个</translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues: quality issues of all samples, from the last scan</source>
        <translation>问题：上次扫描得到的所有样本的质量问题</translation>
    </message>
    <message>
        <source>Shown: samples that match the filter “%1”
Issues: quality issues of the shown samples, from the last scan</source>
        <translation>显示：符合筛选“%1”的样本
问题：上次扫描得到的所显示样本的质量问题</translation>
    </message>
</context>
<context>
    <name>lockstep::SampleDetailsPane</name>
    <message numerus="yes">
        <source>piecewise, %n anchor(s)</source>
        <translation>
            <numerusform>分段线性，%n 个锚点</numerusform>
        </translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>, drift ×%1</source>
        <translation>，漂移 ×%1</translation>
    </message>
    <message>
        <source> at %1 fps</source>
        <translation>，%1 帧/秒</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln frame(s)</source>
        <translation>
            <numerusform>%Ln 帧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n 个通道</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Select a sample to see its image, text, audio and streams.</source>
        <translation>选择一个样本，查看其图像、文本、音频和数据流。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>采样率：</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>声道：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Timed streams</source>
        <translation>时间数据流</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>file missing: %1</source>
        <translation>文件缺失：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>(inline text from the manifest)</source>
        <translation>（清单中的内联文本）</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s), the first on line %1; shown as �.</source>
        <translation>
            <numerusform>%n 个无效的 UTF-8 字节，首个位于第 %1 行；显示为 �。</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is long; only its beginning is shown.</source>
        <translation>文本较长，仅显示开头部分。</translation>
    </message>
    <message>
        <source>1 (mono)</source>
        <translation>1（单声道）</translation>
    </message>
    <message>
        <source>2 (stereo)</source>
        <translation>2（立体声）</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No issues found by the last scan</source>
        <translation>上次扫描未发现问题</translation>
    </message>
    <message>
        <source>Not scanned yet — Dataset ▸ Scan Quality</source>
        <translation>尚未扫描 — 数据集 ▸ 扫描质量</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Tags &amp; Note</source>
        <translation>标记和备注</translation>
    </message>
    <message>
        <source>Click the issue type to jump through it with %1 and %2</source>
        <translation>点击问题类型，然后用 %1 和 %2 在该类型的问题之间跳转</translation>
    </message>
    <message>
        <source>Click the issue type to jump through it with %1</source>
        <translation>点击问题类型，然后用 %1 在该类型的问题之间跳转</translation>
    </message>
    <message>
        <source>Click the issue type to jump through it with Review ▸ Next Issue of This Type</source>
        <translation>点击问题类型，然后用 审核 ▸ 下一个同类型问题 在该类型的问题之间跳转</translation>
    </message>
</context>
<context>
    <name>lockstep::SampleFilterBar</name>
    <message>
        <source>Filter: audio.rms_dbfs &lt; -40 and label = dog · has:image.blurry · status:unreviewed</source>
        <translation>筛选：audio.rms_dbfs &lt; -40 and label = dog · has:image.blurry · status:unreviewed</translation>
    </message>
    <message>
        <source>Show only the samples that match.
Fields: id, label, split, status, source, issues, warnings, streams, any metric (audio.rms_dbfs ...)
Operators: = != &lt; &lt;= &gt; &gt;= (field:value means =), and, or, not, parentheses
has:image.blurry (an issue type), has:audio.* (any audio issue), has:audio (the modality)
A plain word searches ids, labels and manifest captions. Escape clears the filter.</source>
        <translation>只显示符合条件的样本。
字段：id、label、split、status、source、issues、warnings、streams，以及任何指标（audio.rms_dbfs ...）
运算符：= != &lt; &lt;= &gt; &gt;=（field:value 表示 =）、and、or、not、括号
has:image.blurry（问题类型）、has:audio.*（任何音频问题）、has:audio（该模态）
单独的词会在 ID、标签和清单中的说明文字里搜索。按 Esc 清除筛选。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>lockstep::SampleGridDelegate</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>图像缺失</translation>
    </message>
    <message>
        <source>Image unreadable</source>
        <translation>图像无法读取</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>无媒体</translation>
    </message>
    <message>
        <source>No image
%1</source>
        <translation>无图像
%1</translation>
    </message>
</context>
<context>
    <name>lockstep::SampleMediaLoader</name>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>无法解码该图像：%1</translation>
    </message>
</context>
<context>
    <name>lockstep::SampleTableModel</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The %1 file of %2 is referenced but missing on disk</source>
        <translation>%2 引用的%1文件在磁盘上不存在</translation>
    </message>
    <message>
        <source>%1 has a %2 item</source>
        <translation>%1 包含%2</translation>
    </message>
    <message>
        <source>%1 has no %2 item</source>
        <translation>%1 不包含%2</translation>
    </message>
    <message numerus="yes">
        <source>%n timed stream(s)</source>
        <translation>
            <numerusform>%n 个时间数据流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diagnostic(s) about this sample</source>
        <translation>
            <numerusform>此样本有 %n 条诊断信息</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The sample&apos;s identifier, as given by the dataset</source>
        <translation>数据集给出的样本标识符</translation>
    </message>
    <message>
        <source>The sample&apos;s class label, if the dataset has one</source>
        <translation>样本的类别标签（如果数据集提供）</translation>
    </message>
    <message>
        <source>Train, validation or test split, if the dataset names one</source>
        <translation>训练、验证或测试划分（如果数据集指定）</translation>
    </message>
    <message>
        <source>✓: the sample has an image; “missing”: its file is not on disk</source>
        <translation>✓：样本有图像；“缺失”：其文件不在磁盘上</translation>
    </message>
    <message>
        <source>✓: the sample has a text or caption; “missing”: its file is not on disk</source>
        <translation>✓：样本有文本或描述；“缺失”：其文件不在磁盘上</translation>
    </message>
    <message>
        <source>✓: the sample has an audio file; “missing”: its file is not on disk</source>
        <translation>✓：样本有音频文件；“缺失”：其文件不在磁盘上</translation>
    </message>
    <message>
        <source>✓: the sample has a video; “missing”: its file is not on disk</source>
        <translation>✓：样本有视频；“缺失”：其文件不在磁盘上</translation>
    </message>
    <message>
        <source>Timed streams on the sample&apos;s timeline: audio, frames, subtitles, sensors</source>
        <translation>样本时间轴上的时间数据流：音频、帧、字幕、传感器</translation>
    </message>
    <message>
        <source>Problems the importer found in this sample&apos;s files and rows</source>
        <translation>导入时在此样本的文件和数据行中发现的问题</translation>
    </message>
    <message>
        <source>Review status of the sample</source>
        <translation>样本的审核状态</translation>
    </message>
    <message numerus="yes">
        <source>%n quality issue(s) found by the last scan</source>
        <translation>
            <numerusform>上次扫描发现 %n 个质量问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Quality issues found by the last scan (Dataset ▸ Scan Quality)</source>
        <translation>上次扫描发现的质量问题（数据集 ▸ 扫描质量）</translation>
    </message>
    <message>
        <source>%1 has no value for %2</source>
        <translation>%1 没有 %2 的值</translation>
    </message>
    <message>
        <source>Quality metric %1 from the last scan; click to sort by it</source>
        <translation>上次扫描得到的质量指标 %1；点击按其排序</translation>
    </message>
</context>
<context>
    <name>lockstep::SampleTableView</name>
    <message>
        <source>No metrics yet: run Dataset ▸ Scan Quality</source>
        <translation>尚无指标：请运行 数据集 ▸ 扫描质量</translation>
    </message>
    <message>
        <source>Hide metric columns</source>
        <translation>隐藏指标列</translation>
    </message>
</context>
<context>
    <name>lockstep::SavedViewActions</name>
    <message>
        <source>&amp;Saved Views</source>
        <translation>已保存视图(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save View As…</source>
        <translation>将视图另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep the filter, the sort and the shown columns under a name, in the project</source>
        <translation>将筛选、排序和显示的列以一个名称保存在项目中</translation>
    </message>
    <message>
        <source>&amp;Rename View…</source>
        <translation>重命名视图(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>尚无已保存视图</translation>
    </message>
    <message>
        <source>Apply Saved View %1</source>
        <translation>应用已保存视图 %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Saved views cannot be read or saved: %1</source>
        <translation>无法读取或保存已保存视图：%1</translation>
    </message>
    <message>
        <source>Saved views: %1</source>
        <translation>已保存视图：%1</translation>
    </message>
    <message>
        <source>Apply the saved view “%1”</source>
        <translation>应用已保存视图“%1”</translation>
    </message>
    <message>
        <source>&amp;Rename View “%1”…</source>
        <translation>重命名视图“%1”(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete View “%1”</source>
        <translation>删除视图“%1”(&amp;D)</translation>
    </message>
    <message>
        <source>The view “%1” already shows this</source>
        <translation>视图“%1”与当前显示的内容相同</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Updated the view “%1”%2</source>
        <translation>已更新视图“%1”%2</translation>
    </message>
    <message>
        <source>Saved the view “%1”%2</source>
        <translation>已保存视图“%1”%2</translation>
    </message>
    <message>
        <source>A view named “%1” exists already</source>
        <translation>名为“%1”的视图已存在</translation>
    </message>
    <message>
        <source>Showing the saved view “%1”</source>
        <translation>正在显示已保存视图“%1”</translation>
    </message>
    <message>
        <source>Showing the saved view “%1” without %2: not in this project yet (Dataset ▸ Scan Quality measures metrics)</source>
        <translation>正在显示已保存视图“%1”，但不含 %2：此项目中尚无该项（数据集 ▸ 扫描质量 可测量指标）</translation>
    </message>
    <message>
        <source>View “%1”: its filter does not read: %2</source>
        <translation>视图“%1”：无法解析其筛选条件：%2</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view (the filter, the sort and the shown columns; an existing name is updated):</source>
        <translation>视图名称（保存筛选、排序和显示的列；若名称已存在则更新该视图）：</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Saved views: a filter, a sort and columns under a name</source>
        <translation>已保存视图：以一个名称保存的筛选、排序和列</translation>
    </message>
    <message>
        <source>Saved views: a filter, a sort and columns under a name (%1 saves one)</source>
        <translation>已保存视图：以一个名称保存的筛选、排序和列（按 %1 保存一个）</translation>
    </message>
    <message>
        <source>Deleted the view “%1” (Undo brings it back)</source>
        <translation>已删除视图“%1”（撤销可恢复）</translation>
    </message>
    <message>
        <source>Deleted the view “%1” (%2 brings it back)</source>
        <translation>已删除视图“%1”（按 %2 可恢复）</translation>
    </message>
</context>
<context>
    <name>lockstep::SavedViewsModel</name>
    <message>
        <source>Update View “%1”</source>
        <translation>更新视图“%1”</translation>
    </message>
    <message>
        <source>Save View “%1”</source>
        <translation>保存视图“%1”</translation>
    </message>
    <message>
        <source>Rename View “%1” to “%2”</source>
        <translation>将视图“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Delete View “%1”</source>
        <translation>删除视图“%1”</translation>
    </message>
    <message>
        <source>The saved views cannot be written to the project file: %1</source>
        <translation>无法将已保存视图写入项目文件：%1</translation>
    </message>
    <message>
        <source>Filter: none (every sample)</source>
        <translation>筛选：无（全部样本）</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Sorted in import order</source>
        <translation>按导入顺序排序</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>按 %1 降序排序</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>按 %1 升序排序</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
</context>
<context>
    <name>lockstep::SessionController</name>
    <message>
        <source>Demo dataset</source>
        <translation>示例数据集</translation>
    </message>
    <message>
        <source>%1 is neither a dataset folder nor a Lockstep project file.</source>
        <translation>%1 既不是数据集文件夹，也不是 Lockstep 项目文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Opening the demo dataset</source>
        <translation>正在打开示例数据集</translation>
    </message>
    <message>
        <source>Generating the demo dataset</source>
        <translation>正在生成示例数据集</translation>
    </message>
    <message>
        <source>There is no dataset folder to import again.</source>
        <translation>没有可以重新导入的数据集文件夹。</translation>
    </message>
    <message>
        <source>Importing %1 again</source>
        <translation>正在重新导入 %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The dataset could not be opened.</source>
        <translation>无法打开该数据集。</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>Open a dataset before scanning it.</source>
        <translation>请先打开数据集再扫描。</translation>
    </message>
    <message>
        <source>The dataset folder %1 is not there; the scan needs its files.</source>
        <translation>数据集文件夹 %1 不存在；扫描需要其中的文件。</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
</context>
<context>
    <name>lockstep::SessionJobs</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder. Open a dataset folder, or a .lockstep project file.</source>
        <translation>%1 不是文件夹。请打开数据集文件夹或 .lockstep 项目文件。</translation>
    </message>
    <message>
        <source>Opening project %1</source>
        <translation>正在打开项目 %1</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2</source>
        <translation>无法创建项目 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1.</source>
        <translation>无法从 %1 导入任何内容。</translation>
    </message>
    <message>
        <source>The project file %1 does not exist.</source>
        <translation>项目文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Lockstep project file.</source>
        <translation>%1 不是 Lockstep 项目文件。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln sample(s) from the existing project</source>
        <translation>
            <numerusform>已从现有项目打开 %Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln sample(s)</source>
        <translation>
            <numerusform>已导入 %Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln diagnostic(s)</source>
        <translation>
            <numerusform>%Ln 条诊断信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln sample(s)</source>
        <translation>
            <numerusform>已打开 %Ln 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo dataset.</source>
        <translation>无法为示例数据集创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Generating the demo dataset</source>
        <translation>正在生成示例数据集</translation>
    </message>
    <message>
        <source>Demo generation cancelled</source>
        <translation>示例数据集生成已取消</translation>
    </message>
    <message>
        <source>The demo dataset could not be generated: %1</source>
        <translation>无法生成示例数据集：%1</translation>
    </message>
    <message>
        <source>Cannot finish the demo dataset in %1.</source>
        <translation>无法在 %1 中完成示例数据集。</translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation>无法扫描：%1</translation>
    </message>
    <message>
        <source>The project&apos;s quality thresholds are invalid: %1</source>
        <translation>项目的质量阈值无效：%1</translation>
    </message>
    <message>
        <source>Scan cancelled; what was measured is kept and the next scan resumes</source>
        <translation>扫描已取消；已测量的结果会保留，下次扫描将继续</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n sample(s): %1, %2 (%3 s)</source>
        <translation>
            <numerusform>已扫描 %n 个样本：%1，%2（%3 秒）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n 个重复组</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ShortcutRegistry</name>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重复组</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>lockstep::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Search commands and keys…</source>
        <translation>搜索命令和按键…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>作用范围</translation>
    </message>
    <message>
        <source>Click here and press the new key for the selected command</source>
        <translation>点击此处，然后为所选命令按下新按键</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>移除按键(&amp;R)</translation>
    </message>
    <message>
        <source>Leave the selected command without a key</source>
        <translation>不为所选命令设置按键</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>Give the selected command its original keys again</source>
        <translation>将所选命令恢复为原始按键</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>重新分配(&amp;A)</translation>
    </message>
    <message>
        <source>Take the key away from the other command and give it to the selected one</source>
        <translation>从另一个命令上移除该按键，并分配给所选命令</translation>
    </message>
    <message>
        <source>&amp;Keep Old Key</source>
        <translation>保留原按键(&amp;K)</translation>
    </message>
    <message>
        <source>Give every command its original keys</source>
        <translation>将所有命令恢复为原始按键</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>按键：</translation>
    </message>
    <message>
        <source>Key for “%1”:</source>
        <translation>“%1”的按键：</translation>
    </message>
    <message>
        <source>%1 is already the key of %2. Reassign it, or press another key.</source>
        <translation>%1 已是 %2 的按键。请重新分配，或按其他按键。</translation>
    </message>
</context>
<context>
    <name>lockstep::TagPrompt</name>
    <message>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n sample(s) with:</source>
        <translation>
            <numerusform>为 %n 个样本添加标记：</numerusform>
        </translation>
    </message>
    <message>
        <source>tag name — or -name to remove it</source>
        <translation>标记名称 — 或输入 -名称 以移除该标记</translation>
    </message>
</context>
<context>
    <name>lockstep::TextPrompt</name>
    <message>
        <source>Enter keeps the text · Shift+Enter starts a new line · Escape cancels</source>
        <translation>Enter 确认文本 · Shift+Enter 换行 · Escape 取消</translation>
    </message>
</context>
<context>
    <name>lockstep::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>The desktop&apos;s own style and colours</source>
        <translation>使用桌面自身的样式和颜色</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>浅色背景上的深色文字</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, easier on the eyes at night</source>
        <translation>深色背景上的浅色文字，夜间更护眼</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineCanvas</name>
    <message>
        <source>Play Segment</source>
        <translation>播放片段</translation>
    </message>
    <message>
        <source>Play 500 ms Before the Start</source>
        <translation>播放开始前 500 毫秒</translation>
    </message>
    <message>
        <source>Play 500 ms After the Start</source>
        <translation>播放开始后 500 毫秒</translation>
    </message>
    <message>
        <source>Play 500 ms Before the End</source>
        <translation>播放结束前 500 毫秒</translation>
    </message>
    <message>
        <source>Play 500 ms After the End</source>
        <translation>播放结束后 500 毫秒</translation>
    </message>
    <message>
        <source>Select Segment</source>
        <translation>选择片段</translation>
    </message>
    <message>
        <source>Play Selection</source>
        <translation>播放选区</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>缩放到选区</translation>
    </message>
    <message>
        <source>Hide Lane</source>
        <translation>隐藏轨道</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Reset Height</source>
        <translation>恢复高度</translation>
    </message>
    <message>
        <source>Show Lanes</source>
        <translation>显示轨道</translation>
    </message>
    <message>
        <source>Edit Text…</source>
        <translation>编辑文本…</translation>
    </message>
    <message>
        <source>Rename Region…</source>
        <translation>重命名区域…</translation>
    </message>
    <message>
        <source>Delete Region</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Add Region from Selection…</source>
        <translation>从选区添加区域…</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineDbRangeEditor</name>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Quieter than this is drawn in the darkest colour</source>
        <translation>低于此响度的部分以最暗的颜色绘制</translation>
    </message>
    <message>
        <source>Louder than this is drawn in the brightest colour</source>
        <translation>高于此响度的部分以最亮的颜色绘制</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>上限</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineDescription</name>
    <message>
        <source>%1 spectrogram</source>
        <translation>%1 频谱图</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineFramesLane</name>
    <message>
        <source>frame %1 · %2</source>
        <translation>第 %1 帧 · %2</translation>
    </message>
    <message>
        <source>Video file without a frame rate: its frames cannot be placed in time</source>
        <translation>视频文件没有帧率：无法在时间轴上定位其帧</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelinePanel</name>
    <message>
        <source>Ctrl+wheel zooms · drag pans · Shift+drag selects · right-click a lane for options</source>
        <translation>Ctrl+滚轮缩放 · 拖动平移 · Shift+拖动选择 · 右键单击轨道查看选项</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>轨道</translation>
    </message>
    <message>
        <source>Show or hide lanes</source>
        <translation>显示或隐藏轨道</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole sample (0)</source>
        <translation>显示整个样本（0）</translation>
    </message>
    <message>
        <source>Select a sample to see its streams on a timeline.</source>
        <translation>选择一个样本，在时间轴上查看它的各个流。</translation>
    </message>
    <message>
        <source>%1 has no audio, text or timed streams to show on a timeline.</source>
        <translation>%1 没有可在时间轴上显示的音频、文本或定时流。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The image %1 could not be read.</source>
        <translation>无法读取图像 %1。</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Play Selection</source>
        <translation>播放选区</translation>
    </message>
    <message>
        <source>frame %1 of %2 · %3</source>
        <translation>第 %1 帧（共 %2 帧）· %3</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Play the selection</source>
        <translation>播放选区</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineRegionsLane</name>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>Shift+drag to select a range, then Annotate ▸ Add Region adds a region</source>
        <translation>Shift+拖动选择范围，然后用 标注 ▸ 添加区域 添加一个区域</translation>
    </message>
    <message>
        <source>Shift+drag to select a range, then %1 adds a region</source>
        <translation>Shift+拖动选择范围，然后按 %1 添加一个区域</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineSegmentsLane</name>
    <message>
        <source>%1  (edited; original: %2)</source>
        <translation>%1（已编辑；原文：%2）</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineSensorLane</name>
    <message>
        <source>Reading the sensor file…</source>
        <translation>正在读取传感器文件…</translation>
    </message>
    <message>
        <source>each channel on its own scale</source>
        <translation>各通道使用各自的刻度</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineSpectrogramLane</name>
    <message>
        <source>Reading the audio…</source>
        <translation>正在读取音频…</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Frequency scale</source>
        <translation>频率刻度</translation>
    </message>
    <message>
        <source>Mel (80 bands)</source>
        <translation>梅尔（80 个频带）</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>%1 to %2 dB</source>
        <translation>%1 至 %2 dB</translation>
    </message>
    <message>
        <source>Colormap</source>
        <translation>色图</translation>
    </message>
    <message>
        <source>Magma</source>
        <translation>Magma（岩浆）</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis（翠绿）</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
</context>
<context>
    <name>lockstep::TimelineWaveformLane</name>
    <message>
        <source>Computing the waveform…</source>
        <translation>正在计算波形…</translation>
    </message>
    <message>
        <source>peak %1 dBFS</source>
        <translation>峰值 %1 dBFS</translation>
    </message>
</context>
<context>
    <name>lockstep::WelcomePage</name>
    <message>
        <source>Lockstep</source>
        <translation>Lockstep</translation>
    </message>
    <message>
        <source>Curate multimodal machine-learning datasets</source>
        <translation>整理多模态机器学习数据集</translation>
    </message>
    <message>
        <source>See each sample&apos;s image, text, audio, video and sensor streams together, find missing files and broken rows, and keep every decision in a project file. Your dataset folder is never modified.</source>
        <translation>同时查看每个样本的图像、文本、音频、视频和传感器数据流，找出缺失的文件和损坏的数据行，并把每一个决定保存在项目文件中。您的数据集文件夹永远不会被修改。</translation>
    </message>
    <message>
        <source>Open dataset folder…</source>
        <translation>打开数据集文件夹…</translation>
    </message>
    <message>
        <source>A folder with images/, texts/, audios/ and metadata.csv, a JSONL manifest, or recordings/</source>
        <translation>包含 images/、texts/、audios/ 和 metadata.csv 的文件夹，JSONL 清单，或 recordings/</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>A .lockstep project file saved by an earlier session</source>
        <translation>之前会话保存的 .lockstep 项目文件</translation>
    </message>
    <message>
        <source>Open demo dataset</source>
        <translation>打开示例数据集</translation>
    </message>
    <message>
        <source>A small generated dataset with planted problems to explore; created on first use</source>
        <translation>一个预置了各类问题、可供探索的小型生成数据集；首次使用时创建</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Forget the recently opened datasets and projects</source>
        <translation>清除最近打开的数据集和项目记录</translation>
    </message>
    <message>
        <source>Nothing opened yet. Datasets and projects you open appear here.</source>
        <translation>尚未打开任何内容。您打开的数据集和项目会显示在这里。</translation>
    </message>
    <message>
        <source>Tip: drop a dataset folder or a .lockstep project file anywhere on this window.</source>
        <translation>提示：可以把数据集文件夹或 .lockstep 项目文件拖放到此窗口的任意位置。</translation>
    </message>
    <message>
        <source>Dataset folder %1</source>
        <translation>数据集文件夹 %1</translation>
    </message>
    <message>
        <source>Project file %1</source>
        <translation>项目文件 %1</translation>
    </message>
</context>
<context>
    <name>lockstep::WorkspacePage</name>
    <message>
        <source>Go to sample ID…</source>
        <translation>转到样本 ID…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln 段文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audio file(s)</source>
        <translation>
            <numerusform>%Ln 个音频文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s)</source>
        <translation>
            <numerusform>%Ln 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timed stream(s)</source>
        <translation>
            <numerusform>%Ln 个时间数据流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing file(s)</source>
        <translation>
            <numerusform>%Ln 个缺失文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Read as: %2</source>
        <translation>%1
读取方式：%2</translation>
    </message>
    <message>
        <source>No sample has the ID %1</source>
        <translation>没有 ID 为 %1 的样本</translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation>缩略图网格(&amp;G)</translation>
    </message>
    <message>
        <source>Show the samples as a grid of thumbnails instead of a table</source>
        <translation>以缩略图网格而非表格的形式显示样本</translation>
    </message>
    <message>
        <source>Thumbnail grid (Ctrl+T)</source>
        <translation>缩略图网格 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Type a sample ID and press Enter</source>
        <translation>输入样本 ID 并按 Enter</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate multimodal machine-learning datasets.</source>
        <translation>整理多模态机器学习数据集。</translation>
    </message>
    <message>
        <source>A dataset folder or a .lockstep project file.</source>
        <translation>数据集文件夹或 .lockstep 项目文件。</translation>
    </message>
    <message>
        <source>Open the demo dataset (it is generated on first use).</source>
        <translation>打开示例数据集（首次使用时生成）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once loaded, then quit.</source>
        <translation>加载完成后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Select this sample once loaded.</source>
        <translation>加载完成后选中此样本。</translation>
    </message>
    <message>
        <source>lockstep: give one PATH, or --demo.</source>
        <translation>lockstep：请指定一个路径，或使用 --demo。</translation>
    </message>
    <message>
        <source>lockstep: %1 does not exist.</source>
        <translation>lockstep：%1 不存在。</translation>
    </message>
    <message>
        <source>Use this theme for this run: system, light or dark.</source>
        <translation>本次运行使用此主题：system、light 或 dark。</translation>
    </message>
    <message>
        <source>lockstep: --theme is system, light or dark.</source>
        <translation>lockstep：--theme 的值应为 system、light 或 dark。</translation>
    </message>
</context>
</TS>
