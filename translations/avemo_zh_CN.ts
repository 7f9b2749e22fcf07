<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>avemo::AdjudicationDialog</name>
    <message>
        <location filename="../ui/dashboard/AdjudicationDialog.cpp" line="+18"/>
        <source>Adjudicate %1</source>
        <translation>裁定条目%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. tie between two labels; checked the clip again</source>
        <translation>例如：两个标签票数相同；已重新查看片段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record Decision</source>
        <translation>记录裁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided answer:</source>
        <translation>裁定答案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision is kept apart from the raters&apos; answers; recording again replaces an earlier decision.</source>
        <translation>裁定与评分员的答案分开保存；再次记录将替换之前的裁定。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>avemo::Adjudications</name>
    <message>
        <location filename="../models/coordination/Adjudications.cpp" line="+38"/>
        <source>&apos;%1&apos; has no item &apos;%2&apos;</source>
        <translation>“%1”中没有条目“%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the study has no question &apos;%1&apos;</source>
        <translation>该研究没有问题“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a category of question &apos;%2&apos; (expected a category id of label set &apos;%3&apos;)</source>
        <translation>“%1”不是问题“%2”的类别（应为标签集“%3”中的类别ID）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a point of the scale of question &apos;%2&apos; (expected %3 to %4 in steps of %5)</source>
        <translation>“%1”不是问题“%2”量表上的点（应为%3到%4之间、步长为%5的值）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an adjudicated answer to &apos;%1&apos; cannot be empty</source>
        <translation>问题“%1”的裁定答案不能为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an adjudication of item &apos;%1&apos;, question &apos;%2&apos; needs a reason and who decided</source>
        <translation>对条目“%1”问题“%2”的裁定需要填写理由和裁定人</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot record the adjudication of item &apos;%1&apos;, question &apos;%2&apos;</source>
        <translation>无法记录对条目“%1”问题“%2”的裁定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit the adjudication</source>
        <translation>无法提交裁定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>item &apos;%1&apos; has no adjudication for question &apos;%2&apos;</source>
        <translation>条目“%1”没有针对问题“%2”的裁定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot remove the adjudication of item &apos;%1&apos;, question &apos;%2&apos;</source>
        <translation>无法删除对条目“%1”问题“%2”的裁定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit removing the adjudication</source>
        <translation>无法提交裁定的删除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the adjudications</source>
        <translation>无法读取裁定记录</translation>
    </message>
</context>
<context>
    <name>avemo::AgreementModel</name>
    <message>
        <location filename="../ui/dashboard/AgreementModel.cpp" line="+72"/>
        <source>%1 (alpha: %2)</source>
        <translation>%1（alpha：%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1（%n对）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Krippendorff&apos;s alpha (%1), percentile bootstrap CI95 over items, %n resample(s)</source>
        <translation>
            <numerusform>Krippendorff&apos;s alpha（%1），CI95为基于条目的百分位bootstrap，重抽样%n次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss&apos; kappa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean Cohen&apos;s kappa over rater pairs (weights: %1)</source>
        <translation>各评分员对Cohen&apos;s kappa的均值（权重：%1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raters</source>
        <translation>评分员数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krippendorff α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>α CI95</source>
        <translation>α CI95</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleiss κ</source>
        <translation>Fleiss κ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean Cohen κ</source>
        <translation>平均Cohen κ</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotationSession</name>
    <message>
        <location filename="../models/AnnotationSession.cpp" line="+18"/>
        <source>the study has no items</source>
        <translation>该研究没有条目</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the stored item order of rater &apos;%1&apos; names an item the study does not have</source>
        <translation>评分员“%1”已保存的条目顺序中包含该研究不存在的条目</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotatorPackager</name>
    <message>
        <location filename="../models/coordination/AnnotatorPackager.cpp" line="+37"/>
        <location line="+33"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the study database names a media path outside the study: &apos;%1&apos;</source>
        <translation>研究数据库中的媒体路径位于研究之外：“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read media file &apos;%1&apos;: %2 (the package needs every file the study uses)</source>
        <translation>无法读取媒体文件“%1”：%2（任务包需要研究用到的所有文件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the folder for &apos;%1&apos;</source>
        <translation>无法为“%1”创建文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read media file &apos;%1&apos;: %2</source>
        <translation>无法读取媒体文件“%1”：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>media file &apos;%1&apos; changed since the study was imported (its SHA-256 differs); re-import the study or restore the file</source>
        <translation>媒体文件“%1”在研究导入后已被更改（SHA-256不一致）；请重新导入研究或恢复该文件</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot create a temporary folder beside &apos;%1&apos;: %2</source>
        <translation>无法在“%1”旁创建临时文件夹：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot set the permissions of &apos;%1&apos;</source>
        <translation>无法设置“%1”的权限</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cancelled; no package was written</source>
        <translation>已取消；未写入任务包</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a valid rater id (expected letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>“%1”不是有效的评分员ID（只能包含字母、数字、“-”、“_”或“.”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no output folder given</source>
        <translation>未指定输出文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; already exists (expected a new or empty folder)</source>
        <translation>“%1”已存在（应为新文件夹或空文件夹）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>“%1”中没有研究</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>rater &apos;%1&apos; is not listed in study.json and the study does not allow new raters (presentation.allow_new_raters is false); the package works, but check the rater id</source>
        <translation>评分员“%1”未列在study.json中，且该研究不允许新评分员（presentation.allow_new_raters为false）；任务包可以使用，但请核对评分员ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the assignment</source>
        <translation>无法读取分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the study has a design, and rater &apos;%1&apos; has no items assigned by it (expected a rater of the design: run avemo-cli assign on &apos;%2&apos; first, with --add %1 for a rater who joins)</source>
        <translation>该研究有分配设计，但评分员“%1”在其中没有分配到条目（应为设计中的评分员：请先对“%2”运行 avemo-cli assign，新加入的评分员用 --add %1）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1; no package was written</source>
        <translation>%1；未写入任何包</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot replace the empty folder &apos;%1&apos;</source>
        <translation>无法替换空文件夹“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot move the finished package to &apos;%1&apos;</source>
        <translation>无法将已完成的任务包移动到“%1”</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotatorView</name>
    <message numerus="yes">
        <location filename="../ui/AnnotatorView.cpp" line="+26"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>约剩%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h %2 min left</source>
        <translation>约剩%1小时%2分钟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m done</source>
        <translation>已完成%v/%m</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip and flag (Ctrl+K)</source>
        <translation>跳过并标记（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play / pause</source>
        <translation>播放/暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / Right</source>
        <translation>← / →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seek 1 s back / forward</source>
        <translation>后退/前进1秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+← / Shift+→</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seek 5 s back / forward</source>
        <translation>后退/前进5秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, / .</source>
        <translation>, / .</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One frame back / forward (when paused)</source>
        <translation>后退/前进一帧（暂停时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay the reply</source>
        <translation>重播回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume up / down</source>
        <translation>调高/调低音量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip and flag an item that cannot be played</source>
        <translation>跳过并标记无法播放的条目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the answers and go to the next item</source>
        <translation>提交答案并转到下一个条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Alt+Left</source>
        <translation>Page Up / Alt+←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous item (to revise it)</source>
        <translation>返回上一个条目（以便修改）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down / Alt+Right</source>
        <translation>Page Down / Alt+→</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next item already rated</source>
        <translation>前进到下一个已评分的条目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Play the item to its end to unlock the answers.</source>
        <translation>请将条目播放至结尾以解锁作答。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Item %1 of %2 - revising your answers</source>
        <translation>第%1个条目，共%2个 - 正在修改您的答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 of %2</source>
        <translation>第%1个条目，共%2个</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>All %n item(s) are rated and saved. Thank you!

Use Page Up to go back and revise an answer, or close the study.</source>
        <translation>
            <numerusform>全部%n个条目均已评分并保存。谢谢！

可按Page Up返回修改答案，或关闭研究。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your answers could not be saved: %1</source>
        <translation>无法保存您的答案：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The item could not be flagged: %1</source>
        <translation>无法标记该条目：%1</translation>
    </message>
</context>
<context>
    <name>avemo::AnswerCheck</name>
    <message>
        <location filename="../models/coordination/AnswerCheck.cpp" line="+74"/>
        <source>&apos;%1&apos; is not a category of label set &apos;%2&apos;</source>
        <translation>“%1”不是标签集“%2”中的类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number on the scale %2..%3</source>
        <translation>“%1”不是量表%2..%3上的数值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question &apos;%1&apos; has a kind this version does not know</source>
        <translation>问题“%1”的类型无法被本版本识别</translation>
    </message>
</context>
<context>
    <name>avemo::CategoricalQuestionRow</name>
    <message>
        <location filename="../ui/rating/CategoricalQuestionRow.cpp" line="+23"/>
        <source>%1 [%2]</source>
        <extracomment>A category button: the category&apos;s label and the key that picks it, e.g. &quot;Happy [h]&quot;</extracomment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick the category at that position</source>
        <translation>选择该位置上的类别</translation>
    </message>
</context>
<context>
    <name>avemo::ConfusionMatrixModel</name>
    <message>
        <location filename="../ui/dashboard/ConfusionMatrixModel.cpp" line="+67"/>
        <source>Rated %1 where the reference is %2: %3 of %4 (%5%)</source>
        <translation>评为%1且参照为%2：%3/%4（%5%）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rated %1</source>
        <translation>评为%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intended %1</source>
        <translation>预期%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus %1</source>
        <translation>共识%1</translation>
    </message>
</context>
<context>
    <name>avemo::ConfusionTab</name>
    <message>
        <location filename="../ui/dashboard/ConfusionTab.cpp" line="+18"/>
        <source>Intended emotion of the reply</source>
        <translation>回复的预期情绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus (majority label)</source>
        <translation>共识（多数标签）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Against:</source>
        <translation>对照：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rater:</source>
        <translation>评分员：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All included raters</source>
        <translation>所有已纳入的评分员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (excluded)</source>
        <translation>%1（已排除）</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n rating(s); rows: the label given, columns: the reference; colour: share of the row.</source>
        <translation>
            <numerusform>共%n条评分；行：给出的标签，列：参照标签；颜色：占该行的比例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rating(s) left out (no intended emotion, or a tie for the consensus).</source>
        <translation>
            <numerusform>%n条评分未计入（无预期情绪，或共识票数持平）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorActions</name>
    <message>
        <location filename="../ui/dashboard/CoordinatorActions.cpp" line="+50"/>
        <source>Prepare Annotator Package</source>
        <translation>准备标注员任务包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package holds the study, its media and this rater&apos;s assignment only. Rater id:</source>
        <translation>任务包仅包含研究、其媒体文件及该评分员的分配任务。评分员ID：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder to Create the Package In</source>
        <translation>选择创建任务包的文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the package for %1</source>
        <translation>正在为%1准备任务包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package cancelled; nothing was written.</source>
        <translation>已取消任务包创建；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot prepare the package: %1</source>
        <translation>无法准备任务包：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package written to %1</source>
        <translation>任务包已写入%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotator Package Ready</source>
        <translation>标注员任务包已就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items and %2 media files (%3 MB) in
%4

The annotator opens %5.</source>
        <translation>%1个条目和%2个媒体文件（%3 MB）位于
%4

标注员需打开%5。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Annotators&apos; Databases to Merge</source>
        <translation>选择要合并的标注员数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study databases (*.sqlite *.db);;All files (*)</source>
        <translation>研究数据库(*.sqlite *.db);;所有文件(*)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Merging %n results file(s)</source>
        <translation>
            <numerusform>正在合并%n个结果文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot merge: %1</source>
        <translation>无法合并：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: merged %2 new and %3 updated responses from %4</source>
        <translation>%1：已合并来自%4的%2条新回答和%3条更新的回答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: already merged, nothing new</source>
        <translation>%1：此前已合并，无新内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused: %2</source>
        <translation>%1：已拒绝：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing written</source>
        <translation>%1：已取消，未写入任何内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge finished</source>
        <translation>合并完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge incomplete</source>
        <translation>合并未完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge incomplete. %1</source>
        <translation>合并未完成。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge Results</source>
        <translation>合并结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Folder (a new or empty folder, or an earlier export to replace)</source>
        <translation>选择导出文件夹（新文件夹或空文件夹，或要替换的先前导出文件夹）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled; the folder is as it was.</source>
        <translation>已取消导出；文件夹保持原样。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 files to %2</source>
        <translation>已将%1个文件导出到%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1; some stored values the study does not allow were left out (listed in the report and on the dashboard&apos;s overview).</source>
        <translation>已导出到%1；部分研究不允许的已存储值未导出（已列于报告及仪表板的概览中）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1; the metrics join left %2 items and %3 metrics rows unmatched (see the report).</source>
        <translation>已导出到%1；指标关联后有%2个条目和%3行指标未匹配（详见报告）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 to
%2

Open the folder?</source>
        <translation>已将%1写入
%2

是否打开该文件夹？</translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorDashboard</name>
    <message>
        <location filename="../ui/dashboard/CoordinatorDashboard.cpp" line="+38"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raters</source>
        <translation>评分员(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Items</source>
        <translation>条目(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MOS per System</source>
        <translation>各系统MOS(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label Confusion</source>
        <translation>标签混淆(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rater &amp;Drift</source>
        <translation>评分员漂移(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores vs Me&amp;trics</source>
        <translation>评分与指标(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exclude %1</source>
        <translation>排除%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 left out of the statistics? The reason is recorded and reported in every export; the exclusion can be undone.</source>
        <translation>为何将%1排除在统计之外？理由会被记录，并在每次导出中报告；排除可以撤销。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computing the figures...</source>
        <translation>正在计算数据...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing agreement statistics</source>
        <translation>正在计算一致性统计</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing was cancelled; the figures shown may be out of date.</source>
        <translation>计算已取消；所显示的数据可能已过时。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No figures.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot compute the dashboard&apos;s figures: %1</source>
        <translation>无法计算仪表板数据：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Figures computed at %1 from %n response(s).</source>
        <translation>
            <numerusform>数据于%1根据%n条回答计算得出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot change whether %1 counts: %2</source>
        <translation>无法更改%1是否计入统计：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the adjudications: %1</source>
        <translation>无法读取裁定记录：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record the decision on %1: %2</source>
        <translation>无法记录对%1的裁定：%2</translation>
    </message>
</context>
<context>
    <name>avemo::CsvReader</name>
    <message>
        <location filename="../models/CsvReader.cpp" line="+124"/>
        <source>row has %1 fields (expected %2, as in the header)</source>
        <translation>该行有%1个字段（应与表头一致，为%2个）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty (expected a header row)</source>
        <translation>文件为空（应有表头行）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>empty column name in the header</source>
        <translation>表头中有空列名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;%1&apos; appears twice in the header (first as column %2)</source>
        <translation>列“%1”在表头中出现了两次（首次出现在第%2列）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is tab-separated (expected commas between fields; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>文件以制表符分隔（字段之间应以逗号分隔；请另存为“CSV UTF-8(逗号分隔)”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is semicolon-separated (expected commas between fields; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>文件以分号分隔（字段之间应以逗号分隔；请另存为“CSV UTF-8(逗号分隔)”）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>carriage return without a line feed (expected LF or CRLF line ends)</source>
        <translation>回车符后缺少换行符（行尾应为LF或CRLF）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quoted field is not closed on its line: it runs on to line %1 (expected a closing double quote on this line, or every quote inside the field doubled)</source>
        <translation>带引号的字段未在本行闭合，一直延续到第%1行（本行应有右双引号，或字段内的每个引号都应写成两个）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected character after a closing quote (expected a comma or a line end)</source>
        <translation>右引号后出现意外字符（应为逗号或行尾）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a double quote inside an unquoted field (expected the whole field in double quotes, with inner quotes doubled)</source>
        <translation>未加引号的字段中出现双引号（应将整个字段放在双引号内，内部引号写成两个）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>quoted field is never closed (expected a closing double quote before the end of the file)</source>
        <translation>带引号的字段未闭合（文件结束前应有右双引号）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is UTF-16 text, as a spreadsheet&apos;s &quot;Unicode text&quot; saves it (expected UTF-8 with commas; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>文件为UTF-16文本，即电子表格以“Unicode文本”格式保存的文件（应为以逗号分隔的UTF-8文本；请另存为“CSV UTF-8(逗号分隔)”）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid UTF-8 byte 0x%1 (expected a UTF-8 text file; re-save it as UTF-8)</source>
        <translation>无效的UTF-8字节0x%1（应为UTF-8文本文件；请另存为UTF-8编码）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>avemo::DesignAssigner</name>
    <message>
        <location filename="../models/coordination/DesignAssigner.cpp" line="+46"/>
        <source>cannot read the media durations</source>
        <translation>无法读取媒体时长</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the design&apos;s raters</source>
        <translation>无法读取设计中的评分员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the stored assignment</source>
        <translation>无法读取已保存的分配</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the answers</source>
        <translation>无法读取答案</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot start writing the assignment</source>
        <translation>无法开始写入分配</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>无法添加评分员“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the item order of &apos;%1&apos;</source>
        <translation>无法替换“%1”的条目顺序</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot store the item order of &apos;%1&apos;</source>
        <translation>无法保存“%1”的条目顺序</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot record the design&apos;s raters</source>
        <translation>无法记录设计中的评分员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot commit the assignment</source>
        <translation>无法提交分配</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds no study (expected a database made by avemo-cli import)</source>
        <translation>%1 不包含研究（应为由 avemo-cli import 创建的数据库）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the study has no design: every rater rates every item (add a &apos;design&apos; block to study.json, see docs/study-format.md, and import the study again)</source>
        <translation>该研究没有分配设计：每位评分员评所有条目（请在 study.json 中加入“design”块，见 docs/study-format.md，然后重新导入研究）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an empty rater id was given to --add or --drop</source>
        <translation>--add 或 --drop 收到了空的评分员 ID</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n answer(s) to regular items are stored already, before any design was assigned (expected assign to run before rating starts)</source>
        <translation>
            <numerusform>在分配任何设计之前，已保存了 %n 条对普通条目的答案（应在开始评分前运行 assign）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--drop %1: not a rater of the study</source>
        <translation>--drop %1：不是该研究的评分员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the design cannot be made: %1</source>
        <translation>无法生成设计：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--drop %1: not an active rater of the design (active: %2)</source>
        <translation>--drop %1：不是设计中的在职评分员（在职：%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the stored assignment does not fit the design: %1</source>
        <translation>已保存的分配与设计不符：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the design cannot be rebalanced: %1</source>
        <translation>无法重新平衡设计：%1</translation>
    </message>
</context>
<context>
    <name>avemo::DriftChartTab</name>
    <message>
        <location filename="../ui/dashboard/DriftChartTab.cpp" line="+23"/>
        <source> ratings</source>
        <translation> 条评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line: one rater&apos;s scores in the order given, as a moving average. Excluded raters are drawn too, dashed.</source>
        <translation>每条线表示一名评分员按评分顺序的分数移动平均。已排除的评分员也会以虚线绘出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving average over:</source>
        <translation>移动平均窗口：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, moving average</source>
        <translation>%1，移动平均</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating number in the rater&apos;s session</source>
        <translation>评分员会话中的评分序号</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rater drift: %1</source>
        <translation>评分员漂移：%1</translation>
    </message>
</context>
<context>
    <name>avemo::FlagTableModel</name>
    <message>
        <location filename="../ui/dashboard/FlagTableModel.cpp" line="+42"/>
        <source>%1 (gold)</source>
        <translation>%1（金标准）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (excluded)</source>
        <translation>%1（已排除）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rater</source>
        <translation>评分员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged at</source>
        <translation>标记时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>avemo::ItemAnswersModel</name>
    <message>
        <location filename="../ui/dashboard/ItemAnswersModel.cpp" line="+56"/>
        <source>%1 (excluded)</source>
        <translation>%1（已排除）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rater</source>
        <translation>评分员</translation>
    </message>
</context>
<context>
    <name>avemo::ItemDisagreementModel</name>
    <message>
        <location filename="../ui/dashboard/ItemDisagreementModel.cpp" line="+84"/>
        <source>Entropy of the labels, in bits (0: everyone agrees)</source>
        <translation>标签熵，单位为比特（0表示所有人一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range of the scores (highest minus lowest)</source>
        <translation>分数极差（最高分减最低分）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (gold)</source>
        <translation>%1（金标准）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MOS %1 ± %2</source>
        <translation>MOS %1 ± %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raters&apos; answer</source>
        <translation>评分员答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagreement</source>
        <translation>分歧度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjudicated</source>
        <translation>已裁定</translation>
    </message>
</context>
<context>
    <name>avemo::ItemTableModel</name>
    <message>
        <location filename="../models/ItemTableModel.cpp" line="+50"/>
        <source>%1 + %2 (%3 ms)</source>
        <translation>%1 + %2（%3 ms）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context media</source>
        <translation>上下文媒体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply media</source>
        <translation>回复媒体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intended emotion</source>
        <translation>预期情绪</translation>
    </message>
</context>
<context>
    <name>avemo::ItemsCsvParser</name>
    <message>
        <location filename="../models/ItemsCsvParser.cpp" line="+43"/>
        <source>missing required column &apos;%1&apos; (expected a header with %2)</source>
        <translation>缺少必需的列“%1”（表头应包含%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown column &apos;%1&apos; is ignored (expected one of: %2)</source>
        <translation>已忽略未知列“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column &apos;%1&apos; is ignored (did you mean &apos;%2&apos;?)</source>
        <translation>已忽略未知列“%1”（您是否指的是“%2”？）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>item_id &apos;%1&apos; is already used on line %2 (expected unique ids)</source>
        <translation>item_id“%1”已在第%2行使用（ID应唯一）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>system is empty (expected the name of the system or condition)</source>
        <translation>system为空（应为系统或条件的名称）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dialogue &apos;%1&apos; turn %2 already has a gold row without a system on line %3 (expected one per dialogue and turn: give each gold row a dialogue_id of its own)</source>
        <translation>对话“%1”第%2轮已在第%3行有一个未指定系统的金标准行（每个对话和轮次只应有一行：请为每个金标准行指定单独的dialogue_id）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dialogue &apos;%1&apos; turn %2 already has a reply from system &apos;%3&apos; on line %4 (expected one row per dialogue, turn and system)</source>
        <translation>对话“%1”第%2轮已在第%4行有来自系统“%3”的回复（每个对话、轮次和系统组合只应有一行）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty file name in context_media (expected paths separated by &apos;|&apos;)</source>
        <translation>context_media中有空文件名（应为以“|”分隔的路径）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reply_media is empty (expected the reply&apos;s video or audio file)</source>
        <translation>reply_media为空（应为回复的视频或音频文件）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>intended_emotion &apos;%1&apos; is not a category of any label set</source>
        <translation>intended_emotion“%1”不属于任何标签集的类别</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is empty (expected an id)</source>
        <translation>%1为空（应为ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; has characters other than letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1“%2”包含字母、数字、“-”、“_”和“.”以外的字符</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>turn &apos;%1&apos; is not a whole number &gt;= 1</source>
        <translation>turn“%1”不是大于等于1的整数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reply_audio_offset_ms &apos;%1&apos; is not a whole number of milliseconds between -10000 and 10000</source>
        <translation>reply_audio_offset_ms“%1”不是-10000到10000之间的整数毫秒数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reply_audio_offset_ms is set but reply_audio is empty (expected both or neither)</source>
        <translation>已设置reply_audio_offset_ms，但reply_audio为空（两者应同时设置或同时留空）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gold answer &apos;%1&apos; is not of the form question_id=value</source>
        <translation>金标准答案“%1”不符合question_id=value格式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>gold answer names question &apos;%1&apos;, which the study does not have</source>
        <translation>金标准答案指向的问题“%1”在该研究中不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gold answer &apos;%1&apos; is not a valid answer to question &apos;%2&apos; (expected %3)</source>
        <translation>金标准答案“%1”不是问题“%2”的有效答案（应为%3）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>one of </source>
        <translation>以下任一值 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gold answer for a text question</source>
        <translation>文本问题不设金标准答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a point of the scale %1..%2 step %3</source>
        <translation>量表%1..%2（步长%3）上的一个点</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no items (expected at least one row after the header)</source>
        <translation>没有条目（表头后应至少有一行）</translation>
    </message>
</context>
<context>
    <name>avemo::ItemsTab</name>
    <message>
        <location filename="../ui/dashboard/ItemsTab.cpp" line="+54"/>
        <source>&amp;Adjudicate...</source>
        <translation>裁定(&amp;A)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every rater&apos;s answers</source>
        <translation>所有评分员的答案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinator&apos;s decisions</source>
        <translation>协调员的裁定</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3 (%4, %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 &amp;mdash; %3（%4，%5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision recorded for this item.</source>
        <translation>此条目尚无裁定记录。</translation>
    </message>
</context>
<context>
    <name>avemo::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/rating/KeyboardShortcutsDialog.cpp" line="+16"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>avemo::LoudnessBackfill</name>
    <message>
        <location filename="../models/LoudnessBackfill.cpp" line="+51"/>
        <source>cannot read the media to measure</source>
        <translation>无法读取待测量的媒体</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot begin a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot store the loudness of &apos;%1&apos;</source>
        <translation>无法保存“%1”的响度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot record that loudness was measured</source>
        <translation>无法记录响度已测量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot commit the measured loudness</source>
        <translation>无法提交测得的响度</translation>
    </message>
</context>
<context>
    <name>avemo::LoudnessMeter</name>
    <message>
        <location filename="../models/LoudnessMeter.cpp" line="+69"/>
        <source>GStreamer could not build the measuring pipeline (%1)</source>
        <translation>GStreamer 无法构建测量管线（%1）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no audio could be decoded</source>
        <translation>无法解码任何音频</translation>
    </message>
</context>
<context>
    <name>avemo::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+52"/>
        <source>Open a study folder (Ctrl+O) or a study database (Ctrl+Shift+O) to begin.</source>
        <translation>打开研究文件夹（Ctrl+O）或研究数据库（Ctrl+Shift+O）以开始。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 of %n item(s) saved</source>
        <translation>
            <numerusform>已保存%1/%n个条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no audio output: sound is off</source>
        <translation>无音频输出：声音已关闭</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Study Folder...</source>
        <translation>打开研究文件夹(&amp;O)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Study &amp;Database...</source>
        <translation>打开研究数据库(&amp;D)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepare Annotator &amp;Package...</source>
        <translation>准备标注员任务包(&amp;P)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Results...</source>
        <translation>合并结果(&amp;M)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;Overview</source>
        <translation>研究概览(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator &amp;Dashboard</source>
        <translation>协调员仪表板(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Hidden Study Details (Coordinator)</source>
        <translation>显示隐藏的研究详情（协调员）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock Coordinator Views...</source>
        <translation>解锁协调员视图...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the systems, item ids and file names of a study opened for rating, and open the dashboard, package, merge and export (asks first, and is logged)</source>
        <translation>显示以评分模式打开的研究中的系统、条目ID和文件名，并开放仪表板、任务包、合并和导出功能（会先询问，并记入日志）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About AV-EMO Rater</source>
        <translation>关于AV-EMO Rater(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time AV-EMO Rater starts.</source>
        <translation>语言将在下次启动AV-EMO Rater时更改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open Study Folder</source>
        <translation>打开研究文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Study Database</source>
        <translation>打开研究数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study databases (*.sqlite *.db);;All files (*)</source>
        <translation>研究数据库(*.sqlite *.db);;所有文件(*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the study&apos;s media...</source>
        <translation>正在检查研究的媒体文件...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read the study in %1: %2</source>
        <translation>无法读取%1中的研究：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Study imported and opened: %1</source>
        <translation>研究已导入并打开：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study opened: %1</source>
        <translation>研究已打开：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n media file(s) of this study changed since it was imported. Items using them may not play; Ctrl+K skips and flags such an item.</source>
        <translation>
            <numerusform>本研究有%n个媒体文件在导入后已被更改。使用这些文件的条目可能无法播放；按Ctrl+K可跳过并标记此类条目。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot start rating: %1</source>
        <translation>无法开始评分：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 - AV-EMO Rater</source>
        <translation>%1 - AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AV-EMO Rater</source>
        <translation>AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unlock Coordinator Views</source>
        <translation>解锁协调员视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This study is opened for rating. Unlocking shows what annotators must not see: every item id, which system made each reply, and the media file names (View &gt; Show Hidden Study Details), and opens the coordinator&apos;s dashboard, package, merge and export.

The unlock is recorded in the study&apos;s event log. Unlock until the study is closed?</source>
        <translation>此研究当前以评分模式打开。解锁将显示标注员不应看到的内容：所有条目ID、每条回复由哪个系统生成以及媒体文件名（视图 &gt; 显示隐藏的研究详情），并开放协调员的仪表板、任务包、合并和导出功能。

解锁操作会记录在研究的事件日志中。是否解锁（直至关闭研究）？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinator views stay locked: the unlock could not be logged: %1</source>
        <translation>协调员视图仍保持锁定：无法记录本次解锁：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinator views unlocked until the study is closed</source>
        <translation>协调员视图已解锁，直至关闭研究</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your answers are saved as you go in %1. When you are done, close AV-EMO Rater and give your coordinator this file (the rest of the folder is the study you were given).</source>
        <translation>您的答案会随时保存在%1中。完成后，请关闭AV-EMO Rater并将此文件交给您的协调员（文件夹中的其余内容是您收到的研究）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are saved as you go in %1, in your own AV-EMO Rater library (not in the study folder). When you are done, close AV-EMO Rater and give your coordinator this file.</source>
        <translation>您的答案会随时保存在%1中，该文件位于您自己的AV-EMO Rater研究库中（而非研究文件夹中）。完成后，请关闭AV-EMO Rater并将此文件交给您的协调员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers are saved as you go in %1.</source>
        <translation>答案会随时保存在%1中。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the study</source>
        <translation>研究中存在问题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be opened. Fix these problems and open it again:</source>
        <translation>无法打开%1。请修复以下问题后重新打开：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a study folder</source>
        <translation>打开研究文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start rating</source>
        <translation>开始评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit (everything is already saved)</source>
        <translation>退出（所有内容均已保存）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About AV-EMO Rater</source>
        <translation>关于AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;AV-EMO Rater %1&lt;/b&gt;&lt;p&gt;Blind, keyboard-driven perceptual rating of audio-visual emotional dialogue, with agreement statistics and tidy exports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AV-EMO Rater %1&lt;/b&gt;&lt;p&gt;面向视听情感对话的盲评式感知评分工具，全键盘操作，提供一致性统计和规整的数据导出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>avemo::MediaPath</name>
    <message>
        <location filename="../models/MediaPath.cpp" line="+13"/>
        <source>absolute path &apos;%1&apos; (expected a path relative to the study folder)</source>
        <translation>绝对路径“%1”（应为相对于研究文件夹的路径）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; contains a backslash (expected &apos;/&apos; between folders)</source>
        <translation>路径“%1”包含反斜杠（文件夹之间应使用“/”）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; climbs out with &apos;..&apos; (expected a path inside the study folder)</source>
        <translation>路径“%1”通过“..”跳出了研究文件夹（应为研究文件夹内的路径）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file &apos;%1&apos; does not exist</source>
        <translation>文件“%1”不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is a symbolic link that leaves the study folder (expected a file inside it)</source>
        <translation>“%1”是指向研究文件夹之外的符号链接（应为文件夹内的文件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a regular file</source>
        <translation>“%1”不是常规文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file &apos;%1&apos; is not readable (check its permissions)</source>
        <translation>文件“%1”不可读（请检查其权限）</translation>
    </message>
</context>
<context>
    <name>avemo::MediaProbe</name>
    <message>
        <location filename="../models/MediaProbe.cpp" line="+79"/>
        <source>the file could not be opened as media</source>
        <translation>无法将该文件作为媒体打开</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>opening the file timed out after %1 ms</source>
        <translation>打开文件超时（%1 ms）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the file holds neither a video nor an audio stream</source>
        <translation>该文件既不含视频流也不含音频流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no duration (truncated or not seekable?)</source>
        <translation>该文件没有时长（文件被截断或无法定位？）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no decoder for this format (%1; install gstreamer1.0-libav and gstreamer1.0-plugins-good, or re-encode as WebM VP9/Opus)</source>
        <translation>没有适用于此格式的解码器（%1；请安装gstreamer1.0-libav和gstreamer1.0-plugins-good，或重新编码为WebM VP9/Opus）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a media file that can be decoded (%1)</source>
        <translation>不是可解码的媒体文件（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stream could not be decoded: damaged file or missing GStreamer plugin (%1)</source>
        <translation>无法解码该流：文件损坏或缺少GStreamer插件（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file was not found</source>
        <translation>找不到该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be decoded</source>
        <translation>无法解码该文件</translation>
    </message>
</context>
<context>
    <name>avemo::MergeRowFilter</name>
    <message>
        <location filename="../models/coordination/MergeRowFilter.cpp" line="+16"/>
        <source>%1 is a %2, not a whole number</source>
        <translation>%1的数据类型为%2，而非整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is negative (%2)</source>
        <translation>%1为负数（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its timestamp is a %1, not a date and time</source>
        <translation>时间戳的数据类型为%1，而非日期时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its timestamp &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>时间戳“%1”不是ISO 8601日期时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its timestamp %1 is later than the merge (%2)</source>
        <translation>时间戳%1晚于本次合并（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot leave out a row</source>
        <translation>无法剔除一行数据</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the questions</source>
        <translation>无法读取问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the design&apos;s raters</source>
        <translation>无法读取设计中的评分员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot check the responses</source>
        <translation>无法检查回答</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+59"/>
        <location line="+29"/>
        <source>item &apos;%1&apos; is not in the study</source>
        <translation>条目“%1”不在该研究中</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+88"/>
        <source>question &apos;%1&apos; is not in the study</source>
        <translation>问题“%1”不在该研究中</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>the value is a %1, not text</source>
        <translation>值的数据类型为%1，而非文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer to &apos;%1&apos; %2</source>
        <translation>问题“%1”的答案：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>revision %1 but the file logs %2 edit(s) of this answer</source>
        <translation>修订号为%1，但文件仅记录了该答案的%2次修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its UUID already names another answer (another item, rater or question) in the master</source>
        <translation>其UUID在主数据库中已用于另一条答案（条目、评分员或问题不同）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item &apos;%1&apos; is not assigned to this rater by the study&apos;s design (avemo-cli assign gave it to others)</source>
        <translation>按研究的设计，条目“%1”未分配给该评分员（avemo-cli assign 把它分给了其他人）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot check the flags</source>
        <translation>无法检查标记</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the reason is a %1, not text</source>
        <translation>理由的数据类型为%1，而非文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its UUID already names another flag in the master</source>
        <translation>其UUID在主数据库中已用于另一条标记</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot check the events</source>
        <translation>无法检查事件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its rater is not one this file brings</source>
        <translation>其评分员不在此文件包含的评分员之中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its kind is a %1, not text</source>
        <translation>事件类型的数据类型为%1，而非文本</translation>
    </message>
</context>
<context>
    <name>avemo::MergeWriter</name>
    <message>
        <location filename="../models/coordination/MergeWriter.cpp" line="+124"/>
        <source>cannot count what to merge</source>
        <translation>无法统计待合并的内容</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cancelled; nothing from &apos;%1&apos; was merged</source>
        <translation>已取消；未合并“%1”中的任何内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; was refused: rater id(s) %2 already belong to another annotator database (%3); nothing from this file was merged</source>
        <translation>已拒绝“%1”：评分员ID %2已属于另一个标注员数据库（%3）；未合并此文件中的任何内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot merge &apos;%1&apos;</source>
        <translation>无法合并“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot merge &apos;%1&apos;: %2</source>
        <translation>无法合并“%1”：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot prepare the merge</source>
        <translation>无法准备合并</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the raters</source>
        <translation>无法读取评分员</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>cannot match the items</source>
        <translation>无法匹配条目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot match the questions</source>
        <translation>无法匹配问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>cannot check the raters for conflicts</source>
        <translation>无法检查评分员冲突</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; rated in the master itself</source>
        <translation>“%1”直接在主数据库中评分</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&apos;%1&apos; came from instance %2</source>
        <translation>“%1”来自实例%2</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>cannot write the master database &apos;%1&apos;: the disk is full (or the temporary folder&apos;s); nothing from &apos;%2&apos; was merged</source>
        <translation>无法写入主数据库“%1”：磁盘（或临时文件夹所在的磁盘）已满；未合并“%2”中的任何内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the master database &apos;%1&apos;: it is read-only; nothing from &apos;%2&apos; was merged</source>
        <translation>无法写入主数据库“%1”：该数据库为只读；未合并“%2”中的任何内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the master database &apos;%1&apos;: the disk reported an input/output error (%3); nothing from &apos;%2&apos; was merged</source>
        <translation>无法写入主数据库“%1”：磁盘报告输入/输出错误（%3）；未合并“%2”中的任何内容</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&apos;%1&apos; was refused: reading it took far more work than a file of its size needs; nothing from this file was merged</source>
        <translation>已拒绝“%1”：读取该文件所需的工作量远超同等大小文件的正常需要；未合并此文件中的任何内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot start writing to the master database</source>
        <translation>无法开始写入主数据库</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>this file is the package made for &apos;%1&apos;, not for &apos;%2&apos;</source>
        <translation>此文件是为“%1”制作的任务包，而非为“%2”制作的</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>cannot replace the answers of &apos;%1&apos;</source>
        <translation>无法替换“%1”的答案</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot add the raters</source>
        <translation>无法添加评分员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot record where the raters rated</source>
        <translation>无法记录评分员的评分来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot match the raters</source>
        <translation>无法匹配评分员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot list the raters</source>
        <translation>无法列出评分员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot copy the raters&apos; item orders</source>
        <translation>无法复制评分员的条目顺序</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the responses</source>
        <translation>无法读取回答</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write the responses</source>
        <translation>无法写入回答</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the flags</source>
        <translation>无法读取标记</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write the flags</source>
        <translation>无法写入标记</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the events</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the events</source>
        <translation>无法写入事件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the merge history</source>
        <translation>无法读取合并历史</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot record the merge</source>
        <translation>无法记录本次合并</translation>
    </message>
</context>
<context>
    <name>avemo::MetricsChartTab</name>
    <message>
        <location filename="../ui/dashboard/MetricsChartTab.cpp" line="+30"/>
        <source>&amp;Choose Metrics File...</source>
        <translation>选择指标文件(&amp;C)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Automatic Metrics</source>
        <translation>自动指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV文件(*.csv);;所有文件(*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: not usable</source>
        <translation>%1：无法使用</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n row(s), joined by %2;</source>
        <translation>
            <numerusform>%1：%n行，按%2关联；</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item_id</source>
        <translation>item_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dialogue, turn and system</source>
        <translation>对话、轮次和系统</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) without metrics</source>
        <translation>
            <numerusform>%n个条目无指标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pick the benchmark&apos;s metrics.csv to compare the perceptual scores with its automatic metrics.</source>
        <translation>请选择基准测试的metrics.csv，将感知评分与其自动指标进行比较。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Item MOS: %1</source>
        <translation>条目MOS：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 undefined (%2)</source>
        <translation>%1未定义（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2 %3, p = %4</source>
        <translation>%1 = %2 %3，p = %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 against %2 (%n item(s))</source>
        <translation>
            <numerusform>%1与%2对比（%n个条目）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson %1; Spearman %2. CI95 by Fisher z; correlations.csv of an export lists every question and metric with Kendall&apos;s tau too.</source>
        <translation>Pearson %1；Spearman %2。CI95采用Fisher z变换计算；导出结果中的correlations.csv列出了每个问题与每项指标的相关性，并包含Kendall&apos;s tau。</translation>
    </message>
</context>
<context>
    <name>avemo::MosChartTab</name>
    <message>
        <location filename="../ui/dashboard/MosChartTab.cpp" line="+25"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MOS with CI95</source>
        <translation>MOS及CI95</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: MOS %2, CI95 %3, %4 from %5</source>
        <extracomment>%1 a system, %4 &quot;N 40 ratings&quot;, %5 &quot;5 raters&quot;</extracomment>
        <translation>%1：MOS %2，CI95 %3，%4，来自%5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>N %n rating(s)</source>
        <translation>
            <numerusform>N=%n条评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n名评分员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    mixed model: %1, CI95 %2 (Satterthwaite df %3)</source>
        <extracomment>the estimate of the mixed model (raters and items as random effects)</extracomment>
        <translation>    混合模型：%1，95%置信区间 %2（Satterthwaite 自由度 %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    mixed model: %1</source>
        <translation>    混合模型：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed model score ~ system + (1|rater) + (1|item), REML: variance of raters %1, of items %2, residual %3. %4</source>
        <translation>混合模型 score ~ system + (1|rater) + (1|item)，REML：评分员方差 %1，条目方差 %2，残差 %3。%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Gold items and excluded raters are left out; bars start at the bottom of the scale.</source>
        <translation>
金标准条目和已排除的评分员不计入；柱形从量表最低点起绘。</translation>
    </message>
</context>
<context>
    <name>avemo::OverviewTab</name>
    <message>
        <location filename="../ui/dashboard/OverviewTab.cpp" line="+36"/>
        <source>Items flagged by raters</source>
        <translation>评分员标记的条目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreement per question</source>
        <translation>各问题的一致性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress per rater</source>
        <translation>各评分员的进度</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有%n条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n stored value(s) left out&lt;/b&gt;: the study does not allow them, so they are in no figure here and in no export.</source>
        <translation>
            <numerusform>&lt;b&gt;%n个已存储的值未计入&lt;/b&gt;：研究不允许这些值，因此它们既不计入此处的任何数据，也不会被导出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3, left out of the statistics) from %4; %5, %6 excluded; %7. Alpha CIs: percentile bootstrap over items, %8.</source>
        <extracomment>%1 the study&apos;s title; %2..%8 counts such as &quot;12 items&quot;, &quot;3 raters&quot; (%6 a number)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2（含%3，不计入统计），来自%4；%5，其中%6名已排除；%7。Alpha置信区间：基于条目的百分位bootstrap，%8。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gold check item(s)</source>
        <translation>
            <numerusform>%n个金标准检验条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n个系统</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n名评分员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n条回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resample(s)</source>
        <translation>
            <numerusform>重抽样%n次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::PackageDatabase</name>
    <message>
        <location filename="../models/coordination/PackageDatabase.cpp" line="+35"/>
        <source>cannot read the study of &apos;%1&apos;</source>
        <translation>无法读取“%1”中的研究</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>“%1”中没有研究</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the media list of &apos;%1&apos;</source>
        <translation>无法读取“%1”的媒体列表</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot look up rater &apos;%1&apos;</source>
        <translation>无法查找评分员“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rater &apos;%1&apos; already has results merged from another database (instance %2); their results from a new package would be refused as a conflict. Hand out a new rater id instead.</source>
        <translation>评分员“%1”已有从另一个数据库（实例%2）合并的结果；其新任务包的结果会因冲突而被拒绝。请改为分配新的评分员ID。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rater &apos;%1&apos; has already rated in &apos;%2&apos; itself; results from a package would be refused as a conflict. Hand out a new rater id instead.</source>
        <translation>评分员“%1”已直接在“%2”中评分；任务包的结果会因冲突而被拒绝。请改为分配新的评分员ID。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the item order of rater &apos;%1&apos;</source>
        <translation>无法读取评分者“%1”的条目顺序</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>cannot read the package&apos;s items</source>
        <translation>无法读取包中的条目</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot record the item order of rater &apos;%1&apos;</source>
        <translation>无法记录评分者“%1”的条目顺序</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>无法添加评分员“%1”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot commit the package database</source>
        <translation>无法提交任务包数据库</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+6"/>
        <source>cannot name the package database</source>
        <translation>无法为任务包数据库设置标识</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the package database failed its integrity check: %1</source>
        <translation>任务包数据库未通过完整性检查：%1</translation>
    </message>
</context>
<context>
    <name>avemo::PackageNames</name>
    <message>
        <location filename="../models/coordination/PackageNames.cpp" line="+115"/>
        <source>cannot start writing to &apos;%1&apos;</source>
        <translation>无法开始写入“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>cannot record the package in &apos;%1&apos;</source>
        <translation>无法在“%1”中记录该包</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+8"/>
        <source>cannot record the package&apos;s item names: %1</source>
        <translation>无法记录包的条目名称：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot record the package&apos;s system codes</source>
        <translation>无法记录包的系统代码</translation>
    </message>
</context>
<context>
    <name>avemo::PlaybackErrorText</name>
    <message>
        <location filename="../ui/player/PlaybackErrorText.cpp" line="+11"/>
        <source>Context clip %1</source>
        <translation>上下文片段%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply&apos;s audio track</source>
        <translation>回复的音轨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The media</source>
        <translation>媒体文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be found. The study folder may be incomplete.</source>
        <translation>找不到%1。研究文件夹可能不完整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be opened: access was denied.</source>
        <translation>无法打开%1：访问被拒绝。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be decoded (damaged file, unsupported format or missing GStreamer plugin?).</source>
        <translation>无法解码%1（文件损坏、格式不受支持或缺少GStreamer插件？）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped long before its end: the file looks damaged or incomplete.</source>
        <translation>%1远未播放完就已停止：文件似乎已损坏或不完整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stopped with a stream error (damaged file or missing GStreamer plugin?).</source>
        <translation>%1因流错误而停止（文件损坏或缺少GStreamer插件？）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be played.</source>
        <translation>无法播放%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>avemo::PlayerWidget</name>
    <message>
        <location filename="../ui/player/PlayerWidget.cpp" line="+23"/>
        <source>Audio only</source>
        <translation>仅音频</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skip and flag</source>
        <translation>跳过并标记</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark this item as unplayable and go to the next one</source>
        <translation>将此条目标记为无法播放并转到下一个条目</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
</context>
<context>
    <name>avemo::QuestionRow</name>
    <message>
        <location filename="../ui/rating/QuestionRow.cpp" line="+53"/>
        <source>required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This question must be answered before the item can be submitted</source>
        <translation>必须回答此问题才能提交该条目</translation>
    </message>
</context>
<context>
    <name>avemo::RaterDialog</name>
    <message>
        <location filename="../ui/RaterDialog.cpp" line="+19"/>
        <source>Who is rating?</source>
        <translation>谁在评分？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your rater id, e.g. r07</source>
        <translation>您的评分员ID，例如r07</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick your id, or type a new one (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation>请选择您的ID，或输入新ID（可用字母、数字、“-”、“_”、“.”）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick your id from the study&apos;s list.</source>
        <translation>请从本研究的名单中选择您的ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rater:</source>
        <translation>评分员：</translation>
    </message>
</context>
<context>
    <name>avemo::RaterExclusions</name>
    <message>
        <location filename="../models/coordination/RaterExclusions.cpp" line="+19"/>
        <source>&apos;%1&apos; has no rater &apos;%2&apos;</source>
        <translation>“%1”中没有评分员“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>excluding rater &apos;%1&apos; needs a reason (it is reported in every export)</source>
        <translation>排除评分员“%1”需要填写理由（理由会在每次导出中报告）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rater &apos;%1&apos; is already excluded (include them first to change the reason)</source>
        <translation>评分员“%1”已被排除（如需修改理由，请先将其重新纳入）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot exclude rater &apos;%1&apos;</source>
        <translation>无法排除评分员“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot commit the exclusion of rater &apos;%1&apos;</source>
        <translation>无法提交对评分员“%1”的排除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the exclusion of rater &apos;%1&apos;</source>
        <translation>无法读取评分员“%1”的排除记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rater &apos;%1&apos; is not excluded</source>
        <translation>评分员“%1”未被排除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot include rater &apos;%1&apos; again</source>
        <translation>无法重新纳入评分员“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot commit including rater &apos;%1&apos;</source>
        <translation>无法提交对评分员“%1”的重新纳入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the rater exclusions</source>
        <translation>无法读取评分员排除记录</translation>
    </message>
</context>
<context>
    <name>avemo::RaterTableModel</name>
    <message>
        <location filename="../ui/dashboard/RaterTableModel.cpp" line="+90"/>
        <source>Excluded: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in the statistics; uncheck to exclude</source>
        <translation>已计入统计；取消勾选即可排除</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>included</source>
        <translation>已纳入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gold rated</source>
        <translation>未评金标准条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%2/%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no ratings of this question</source>
        <translation>此问题无评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gold accuracy %1 below %2 (%3 of %4)</source>
        <translation>金标准准确率%1，低于%2（%3/%4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shares no item with another rater</source>
        <translation>与其他评分员没有共同条目</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only %n item(s) shared with other raters: consensus correlation not computed</source>
        <translation>
            <numerusform>与其他评分员仅有%n个共同条目：未计算共识相关性</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>constant ratings (or constant consensus): correlation undefined</source>
        <translation>评分恒定（或共识恒定）：相关性无定义</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correlation with the other raters&apos; mean %1 below %2</source>
        <translation>与其他评分员均值的相关性%1，低于%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rater</source>
        <translation>评分员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In statistics</source>
        <translation>计入统计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items done</source>
        <translation>已完成条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time per item</source>
        <translation>每条目用时中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold accuracy</source>
        <translation>金标准准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r with others&apos; mean</source>
        <translation>与他人均值的r</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
</context>
<context>
    <name>avemo::RatersTab</name>
    <message>
        <location filename="../ui/dashboard/RatersTab.cpp" line="+24"/>
        <location line="+50"/>
        <source>Exclude from Statistics...</source>
        <translation>从统计中排除...</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Screening of question:</source>
        <translation>筛查所依据的问题：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 excluded: %2</source>
        <translation>%1已排除：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every rater counts in the statistics.</source>
        <translation>所有评分员均计入统计。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include in Statistics</source>
        <translation>纳入统计</translation>
    </message>
</context>
<context>
    <name>avemo::RatingPanel</name>
    <message>
        <location filename="../ui/rating/RatingPanel.cpp" line="+52"/>
        <source>Submit [Enter]</source>
        <extracomment>The submit button; Enter does the same</extracomment>
        <translation>提交[Enter]</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Next / previous question</source>
        <translation>下一个/上一个问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down / Up</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the answers</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Categories: %1</source>
        <extracomment>Title of the keys of one label set, e.g. &quot;Categories: emotion4&quot;</extracomment>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating scales</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sliders</source>
        <translation>滑块</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Play the reply to the end to unlock the answers</source>
        <translation>请将回复播放至结尾以解锁作答</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>✓ Saved</source>
        <extracomment>Shown briefly after the answers were written to the database</extracomment>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Answer the highlighted questions first</source>
        <translation>请先回答突出显示的问题</translation>
    </message>
</context>
<context>
    <name>avemo::RatingStore</name>
    <message>
        <location filename="../models/RatingStore.cpp" line="+46"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>无法添加评分员“%1”</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot record the item order</source>
        <translation>无法记录条目顺序</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot commit the item order</source>
        <translation>无法提交条目顺序</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the item order</source>
        <translation>无法读取条目顺序</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start saving</source>
        <translation>无法开始保存</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot save the answer to &apos;%1&apos;</source>
        <translation>无法保存问题“%1”的答案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot revise the answer to &apos;%1&apos;</source>
        <translation>无法修改问题“%1”的答案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot commit the answers</source>
        <translation>无法提交答案</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>cannot flag the item</source>
        <translation>无法标记该条目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot commit the flag</source>
        <translation>无法提交标记</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot log the &apos;%1&apos; event</source>
        <translation>无法记录“%1”事件</translation>
    </message>
</context>
<context>
    <name>avemo::ResultsMerger</name>
    <message>
        <location filename="../models/coordination/ResultsMerger.cpp" line="+45"/>
        <source>cannot copy &apos;%1&apos; and its -wal file to a temporary folder to read them</source>
        <translation>无法将“%1”及其-wal文件复制到临时文件夹以进行读取</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; does not exist or is not a file</source>
        <translation>“%1”不存在或不是文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; has schema version %2, older than any annotator package (%3); it cannot be merged</source>
        <translation>“%1”的架构版本为%2，早于所有标注员任务包的版本（%3）；无法合并</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is a database without a study</source>
        <translation>“%1”是不含研究的数据库</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; has no instance id</source>
        <translation>“%1”没有实例ID</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is from study &apos;%2&apos;, the master holds &apos;%3&apos;</source>
        <translation>“%1”来自研究“%2”，而主数据库中的研究为“%3”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; holds a different version of study &apos;%2&apos; than the package made for it: its definition hash is %3..., the package&apos;s was %4... (its study, items or media were changed since)</source>
        <translation>“%1”中的研究“%2”与为其制作的包版本不同：其定义哈希为 %3...，包的为 %4...（此后研究、条目或媒体已更改）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is an annotator package whose item and system names this master database does not hold: it was made from another master database (or from a copy of this one); merge it into the database it was packaged from</source>
        <translation>“%1”是一个标注包，此主数据库中没有它的条目和系统名称：它是从另一个主数据库（或此数据库的副本）制作的；请将其合并到制作它的数据库中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; holds a different version of study &apos;%2&apos;: its definition hash is %3..., the master&apos;s is %4... (the study definition, its items or its media changed between the two imports)</source>
        <translation>“%1”中的研究“%2”版本不同：其定义哈希为%3...，主数据库的为%4...（两次导入之间研究定义、条目或媒体发生了变化）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is the master database itself (or a copy of it)</source>
        <translation>“%1”就是主数据库本身（或其副本）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the master database &apos;%1&apos;: %2 is read-only; nothing was merged</source>
        <translation>无法写入主数据库“%1”：%2为只读；未合并任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder</source>
        <translation>其所在文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>the master database: %1</source>
        <translation>主数据库：%1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the master database &apos;%1&apos; holds no study</source>
        <translation>主数据库“%1”中没有研究</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cancelled before &apos;%1&apos;</source>
        <translation>在“%1”之前已取消</translation>
    </message>
</context>
<context>
    <name>avemo::ScaleQuestionRow</name>
    <message>
        <location filename="../ui/rating/ScaleQuestionRow.cpp" line="+44"/>
        <source>%1–%2</source>
        <extracomment>A range of number keys, e.g. &quot;1–5&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the scale point with that number</source>
        <translation>选择与该数字对应的量表点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the scale point at that position</source>
        <translation>选择该位置上的量表点</translation>
    </message>
</context>
<context>
    <name>avemo::SliderQuestionRow</name>
    <message>
        <location filename="../ui/rating/SliderQuestionRow.cpp" line="+52"/>
        <location line="+115"/>
        <source>%1 · %2</source>
        <extracomment>An end of a slider: its value and the study&apos;s anchor label, e.g. &quot;1 · Very negative&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+85"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Left / Right</source>
        <translation>← / →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slider one step</source>
        <translation>将滑块移动一格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slider to an end</source>
        <translation>将滑块移到一端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the slider to that value</source>
        <translation>将滑块设为该值</translation>
    </message>
</context>
<context>
    <name>avemo::StudyDatabase</name>
    <message>
        <location filename="../models/StudyDatabase.cpp" line="+155"/>
        <location line="+57"/>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>缺少Qt SQLite驱动（请安装libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>cannot open database &apos;%1&apos;</source>
        <translation>无法打开数据库“%1”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; is not a file</source>
        <translation>“%1”不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &apos;%1&apos;: permission denied</source>
        <translation>无法读取“%1”：权限被拒绝</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open &apos;%1&apos;</source>
        <translation>无法打开“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a study database (it holds no AV-EMO Rater tables)</source>
        <translation>“%1”不是研究数据库（其中没有AV-EMO Rater的数据表）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot make a temporary copy of &apos;%1&apos; to read its older schema: %2</source>
        <translation>无法创建“%1”的临时副本以读取其旧版架构：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot make a temporary copy of &apos;%1&apos; to read its older schema</source>
        <translation>无法创建“%1”的临时副本以读取其旧版架构</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot configure &apos;%1&apos;</source>
        <translation>无法配置“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+64"/>
        <source>&apos;%1&apos; is not a study database</source>
        <translation>“%1”不是研究数据库</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>cannot read &apos;%1&apos;: the disk reported an input/output error (is it full?)</source>
        <translation>无法读取“%1”：磁盘报告输入/输出错误（磁盘是否已满？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; has schema version %2, which this AV-EMO Rater does not know</source>
        <translation>“%1”的架构版本为%2，当前版本的AV-EMO Rater无法识别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the schema of &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”的架构：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 &apos;%2&apos; that AV-EMO Rater does not create</source>
        <translation>AV-EMO Rater不会创建的%1“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 &apos;%2&apos; defined differently from AV-EMO Rater&apos;s schema version %3</source>
        <translation>%1“%2”的定义与AV-EMO Rater架构版本%3不同</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no %1 &apos;%2&apos;</source>
        <translation>缺少%1“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a study database as AV-EMO Rater writes it: it has %2; nothing in it was run or read</source>
        <translation>“%1”不是AV-EMO Rater所写的研究数据库：其中存在%2；未执行或读取其中的任何内容</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot switch &apos;%1&apos; to write-ahead logging (SQLite answered &apos;%2&apos;); is it on a network or read-only file system?</source>
        <translation>无法将“%1”切换为预写日志模式（SQLite返回“%2”）；该文件是否位于网络或只读文件系统上？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot configure &apos;%1&apos; (%2)</source>
        <translation>无法配置“%1”（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused to enforce foreign keys on &apos;%1&apos;</source>
        <translation>SQLite拒绝对“%1”启用外键约束</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>无法读取“%1”的架构版本</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot look up rater &apos;%1&apos;</source>
        <translation>无法查找评分员“%1”</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+189"/>
        <source>&apos;%1&apos; was written by a newer AV-EMO Rater (schema version %2; this version reads up to %3). Update AV-EMO Rater to open it.</source>
        <translation>“%1”由更新版本的AV-EMO Rater写入（架构版本%2；本版本最高可读取%3）。请更新AV-EMO Rater后再打开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>migration %1 is missing from the program</source>
        <translation>程序中缺少迁移%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migrating &apos;%1&apos; to schema version %2 failed; the database is unchanged</source>
        <translation>将“%1”迁移到架构版本%2失败；数据库未作更改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recording schema version %1 in &apos;%2&apos; failed</source>
        <translation>在“%2”中记录架构版本%1失败</translation>
    </message>
</context>
<context>
    <name>avemo::StudyFolderLoader</name>
    <message>
        <location filename="../models/StudyFolderLoader.cpp" line="+47"/>
        <source>its loudness could not be measured (%1); it plays without loudness normalisation</source>
        <translation>无法测量其响度（%1）；将不做响度归一化播放</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>may clip: its true peak after the loudness gain would be %1 dBTP, above %2 dBTP (measured %3 LUFS, true peak %4 dBTP, gain %5 dB to reach loudness_lufs %6)</source>
        <translation>可能削波：响度增益后的真峰值为 %1 dBTP，高于 %2 dBTP（测得 %3 LUFS，真峰值 %4 dBTP，增益 %5 dB 以达到 loudness_lufs %6）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>media &apos;%1&apos;: %2</source>
        <translation>媒体文件“%1”：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no video stream (expected a video, since the row gives a separate reply_audio)</source>
        <translation>没有视频流（该行单独指定了reply_audio，因此应为视频）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no audio stream (expected an audio file for reply_audio)</source>
        <translation>没有音频流（reply_audio应为音频文件）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is a symbolic link to a file outside the study folder (expected the file itself in the folder)</source>
        <translation>是指向研究文件夹之外文件的符号链接（文件本身应位于该文件夹内）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing (expected %1 in the study folder)</source>
        <translation>缺失（研究文件夹中应有%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a folder (expected a study folder with study.json and items.csv)</source>
        <translation>不是文件夹（应为包含study.json和items.csv的研究文件夹）</translation>
    </message>
</context>
<context>
    <name>avemo::StudyImporter</name>
    <message>
        <location filename="../models/StudyImporter.cpp" line="+143"/>
        <source>import failed while writing %1</source>
        <translation>写入%1时导入失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import failed preparing a statement</source>
        <translation>导入时准备语句失败</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the study</source>
        <translation>研究</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>label set &apos;%1&apos;</source>
        <translation>标签集“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>category &apos;%1&apos;</source>
        <translation>类别“%1”</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>question &apos;%1&apos;</source>
        <translation>问题“%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>media &apos;%1&apos;</source>
        <translation>媒体文件“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import failed preparing a statement: %1</source>
        <translation>导入时准备语句失败：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>import failed while writing item &apos;%1&apos;: %2</source>
        <translation>写入条目“%1”时导入失败：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import failed while writing the context of item &apos;%1&apos;: %2</source>
        <translation>写入条目“%1”的上下文时导入失败：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rater &apos;%1&apos;</source>
        <translation>评分员“%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; already holds a study (expected a new, empty database file)</source>
        <translation>“%1”中已有研究（应为新的空数据库文件）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot start the import</source>
        <translation>无法开始导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot commit the import</source>
        <translation>无法提交导入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; already exists (expected a new file; remove it or pick another name)</source>
        <translation>“%1”已存在（应为新文件；请删除它或另选名称）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create &apos;%1&apos;: the folder &apos;%2&apos; does not exist</source>
        <translation>无法创建“%1”：文件夹“%2”不存在</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s) in the study folder</source>
        <translation>
            <numerusform>研究文件夹中有%n个错误</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create a file in &apos;%1&apos;: %2</source>
        <translation>无法在“%1”中创建文件：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot finish &apos;%1&apos;: its write-ahead log was not folded back</source>
        <translation>无法完成“%1”：其预写日志未能合并回数据库文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot rename the finished import to &apos;%1&apos; (does it exist now?)</source>
        <translation>无法将已完成的导入重命名为“%1”（该名称是否已存在？）</translation>
    </message>
</context>
<context>
    <name>avemo::StudyJsonParser</name>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+14"/>
        <source>null</source>
        <extracomment>the JSON literal null, as in &quot;&apos;title&apos; is null&quot;</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
    <message>
        <location filename="../models/StudyJsonParser.cpp" line="+51"/>
        <source>objects and arrays are nested more than %1 levels deep (expected a study of a few levels; is a bracket left open?)</source>
        <translation>对象和数组的嵌套超过%1层（研究文件通常只有几层；是否有括号未闭合？）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON语法错误：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the top level is not an object (expected { ... })</source>
        <translation>顶层不是对象（应为{ ... }）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>key &apos;%1&apos; appears twice in one object, first on line %2 (expected each key once; only one of the two values would be used)</source>
        <translation>键“%1”在一个对象中出现两次，首次在第 %2 行（每个键应只出现一次；两个值中只会使用一个）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>format_version must be a positive integer (expected 1)</source>
        <translation>format_version必须为正整数（应为1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>format_version %1 is newer than this program reads (expected %2 or lower; update AV-EMO Rater)</source>
        <translation>format_version %1高于本程序可读取的版本（应不高于%2；请更新AV-EMO Rater）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>study id</source>
        <translation>研究ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>label_sets is %1 (expected an array of label sets)</source>
        <translation>label_sets为%1（应为标签集数组）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>label set is %1 (expected an object with name and categories)</source>
        <translation>标签集为%1（应为包含name和categories的对象）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>label set &apos;%1&apos; is defined twice (expected unique names)</source>
        <translation>标签集“%1”被定义了两次（名称应唯一）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label set &apos;%1&apos; needs a &apos;categories&apos; array with at least two categories</source>
        <translation>标签集“%1”需要至少包含两个类别的“categories”数组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>category is %1 (expected an object with id, label and key)</source>
        <translation>类别为%1（应为包含id、label和key的对象）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>category id</source>
        <translation>类别ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>category &apos;%1&apos; appears twice in label set &apos;%2&apos;</source>
        <translation>类别“%1”在标签集“%2”中出现了两次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shortcut key &apos;%1&apos; is not a single letter or digit</source>
        <translation>快捷键“%1”不是单个字母或数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shortcut key &apos;%1&apos; is used twice in label set &apos;%2&apos; (expected unique keys)</source>
        <translation>快捷键“%1”在标签集“%2”中使用了两次（快捷键应唯一）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the study needs a &apos;questions&apos; array with at least one question</source>
        <translation>研究需要至少包含一个问题的“questions”数组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question is %1 (expected an object)</source>
        <translation>问题为%1（应为对象）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question &apos;%1&apos; is defined twice (expected unique ids)</source>
        <translation>问题“%1”被定义了两次（ID应唯一）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>question id</source>
        <translation>问题ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown question kind &apos;%1&apos; (expected categorical, mos, slider or text)</source>
        <translation>未知的问题类型“%1”（应为categorical、mos、slider或text）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown target &apos;%1&apos; (expected user_turn, reply or dialogue)</source>
        <translation>未知的目标“%1”（应为user_turn、reply或dialogue）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>label set &apos;%1&apos; is not defined in label_sets</source>
        <translation>标签集“%1”未在label_sets中定义</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a categorical question ignores &apos;scale&apos;</source>
        <translation>类别问题会忽略“scale”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only categorical questions use &apos;label_set&apos;</source>
        <translation>只有类别问题使用“label_set”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>slider question &apos;%1&apos; needs a &apos;scale&apos; (min, max, step)</source>
        <translation>滑块问题“%1”需要“scale”（min、max、step）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>scale is %1 (expected an object with min, max, step)</source>
        <translation>scale为%1（应为包含min、max、step的对象）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scale max (%1) must be greater than min (%2)</source>
        <translation>量表max（%1）必须大于min（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scale step must be positive</source>
        <translation>量表step必须为正数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scale step %1 does not divide max - min (%2)</source>
        <translation>量表step %1不能整除max - min（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a mos scale needs integer points (expected integer min and step)</source>
        <translation>MOS量表的点必须为整数（min和step应为整数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mos scale has %1 points (expected at most %2)</source>
        <translation>MOS量表有%1个点（最多应为%2个）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>anchor &apos;%1&apos; is not a point of the scale %2..%3 step %4</source>
        <translation>锚点“%1”不是量表%2..%3（步长%4）上的点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>anchor &apos;%1&apos;</source>
        <translation>锚点“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anchor label is %1 (expected a string)</source>
        <translation>锚点标签为%1（应为字符串）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anchors is %1 (expected an object such as {&quot;1&quot;: &quot;Bad&quot;})</source>
        <translation>anchors为%1（应为对象，例如{&quot;1&quot;: &quot;Bad&quot;}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 scale points have an anchor label (expected one per point)</source>
        <translation>%2个量表点中有%1个带锚点标签（每个点应有一个）</translation>
    </message>
    <message>
        <location filename="../models/PresentationJsonParser.cpp" line="+28"/>
        <source>presentation is %1 (expected an object)</source>
        <translation>presentation为%1（应为对象）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seed must be a non-negative integer below 2^53</source>
        <translation>seed必须为小于2^53的非负整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gold_rate %1 is outside 0..1 (expected a share such as 0.1)</source>
        <translation>gold_rate %1超出0..1范围（应为比例，例如0.1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loudness_lufs is %1 (expected a number of LUFS such as -23, or null to play tracks as recorded)</source>
        <translation>loudness_lufs 为 %1（应为 LUFS 数值，如 -23，或 null 表示按原样播放）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loudness_lufs %1 is outside -70..0 (expected a target such as -23)</source>
        <translation>loudness_lufs %1 超出 -70..0（应为目标值，如 -23）</translation>
    </message>
    <message>
        <location filename="../models/StudyJsonParser.cpp" line="+12"/>
        <source>raters is %1 (expected an array)</source>
        <translation>raters为%1（应为数组）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rater is %1 (expected an object with an id)</source>
        <translation>评分员为%1（应为包含id的对象）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rater id</source>
        <translation>评分员ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rater &apos;%1&apos; is listed twice</source>
        <translation>评分员“%1”被列出了两次</translation>
    </message>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+8"/>
        <source>missing required key &apos;%1&apos;</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is %2 (expected a non-empty string)</source>
        <translation>“%1”为%2（应为非空字符串）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is %2 (expected a string)</source>
        <translation>“%1”为%2（应为字符串）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has an invalid language tag &apos;%2&apos; (expected a language such as &quot;de&quot;, or a language and territory such as &quot;zh_CN&quot;)</source>
        <translation>%1的语言标记“%2”无效（应为语言，例如“de”，或语言加地区，例如“zh_CN”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 text for &apos;%2&apos; is %3 (expected a non-empty string)</source>
        <translation>%1的“%2”文本为%3（应为非空字符串）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>您是否指的是“%1”？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key &apos;%1&apos;: a misspelt setting would silently keep its default (%2)</source>
        <translation>未知的键“%1”：拼错的设置会在没有任何提示的情况下保持默认值（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &apos;%1&apos; is ignored (%2)</source>
        <translation>已忽略未知的键“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../models/DesignJsonParser.cpp" line="+35"/>
        <source>design is %1 (expected an object such as {&quot;raters_per_item&quot;: 3})</source>
        <translation>design 是%1（应为对象，例如 {"raters_per_item": 3}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a design assigns items to the study&apos;s raters, but the study lists none (expected a &apos;raters&apos; array with at least raters_per_item raters)</source>
        <translation>设计把条目分配给研究的评分员，但研究未列出任何评分员（应为包含至少 raters_per_item 名评分员的“raters”数组）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>missing required key &apos;raters_per_item&apos; (expected how many raters rate each item, such as 3)</source>
        <translation>缺少必需的键“raters_per_item”（应为每个条目由几名评分员评分，例如 3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;raters_per_item&apos; is %1 (expected a whole number such as 3)</source>
        <translation>“raters_per_item”是%1（应为整数，例如 3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>raters_per_item %1 is not a whole number of at least 1 (expected how many raters rate each item, such as 3)</source>
        <translation>raters_per_item %1 不是不小于 1 的整数（应为每个条目由几名评分员评分，例如 3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>raters_per_item %1 is more than the study&apos;s %2 raters (expected at most %2: each item needs that many different raters)</source>
        <translation>raters_per_item %1 超过研究的 %2 名评分员（应不超过 %2：每个条目需要这么多不同的评分员）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>calibration_items %1 is not a whole number of items of at least 0 (expected a count such as 10, or an array of item ids)</source>
        <translation>calibration_items %1 不是不小于 0 的整数（应为数量，例如 10，或条目 ID 数组）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calibration_items is %1 (expected an array of item ids, or a count)</source>
        <translation>calibration_items 是%1（应为条目 ID 数组或数量）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>calibration item is %1 (expected an item id from items.csv)</source>
        <translation>校准条目是%1（应为 items.csv 中的条目 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/JsonFieldReader.cpp" line="-115"/>
        <location line="+52"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calibration item &apos;%1&apos; is listed twice</source>
        <translation>校准条目“%1”列出了两次</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>design: calibration item &apos;%1&apos; is not an item of items.csv (expected an item_id from items.csv)</source>
        <translation>design：校准条目“%1”不是 items.csv 中的条目（应为 items.csv 中的 item_id）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>design: calibration item &apos;%1&apos; is a gold item (expected an item without gold answers: gold items are spread over every session already)</source>
        <translation>design：校准条目“%1”是检查条目（应为没有标准答案的条目：检查条目已分布在每次会话中）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>design: calibration_items asks for %1 calibration items but the study has %2 items that are not gold items</source>
        <translation>design：calibration_items 需要 %1 个校准条目，但研究只有 %2 个非检查条目</translation>
    </message>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+8"/>
        <source>%1 has no &quot;en&quot; text (expected the English text, shown when there is none in the annotator&apos;s language)</source>
        <translation>%1没有“en”文本（应提供英文文本，在没有标注员所用语言的文本时显示）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is %2 (expected true or false)</source>
        <translation>“%1”为%2（应为true或false）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is %2 (expected a number)</source>
        <translation>“%1”为%2（应为数字）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &apos;%2&apos; has characters other than letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1“%2”包含字母、数字、“-”、“_”和“.”以外的字符</translation>
    </message>
</context>
<context>
    <name>avemo::StudyLibrary</name>
    <message>
        <location filename="../models/StudyLibrary.cpp" line="+116"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a study folder: it holds neither study.json nor items.csv (a study database file opens with File &gt; Open Study Database)</source>
        <translation>“%1”不是研究文件夹：其中既没有study.json也没有items.csv（研究数据库文件请通过“文件 &gt; 打开研究数据库”打开）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; is a database without a study (expected one made by avemo-cli import or by opening a study folder)</source>
        <translation>“%1”是不含研究的数据库（应为通过avemo-cli import或打开研究文件夹创建的数据库）</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>the study folder &apos;%1&apos; has %n error(s)</source>
        <translation>
            <numerusform>研究文件夹“%1”有%n个错误</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the study library folder &apos;%1&apos;</source>
        <translation>无法创建研究库文件夹“%1”</translation>
    </message>
</context>
<context>
    <name>avemo::StudyOverviewPage</name>
    <message>
        <location filename="../ui/StudyOverviewPage.cpp" line="+51"/>
        <location line="+58"/>
        <location line="+6"/>
        <source>Start rating</source>
        <translation>开始评分</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+57"/>
        <source>Choose who is rating and begin (Ctrl+R)</source>
        <translation>选择评分员并开始（Ctrl+R）</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Rate as Someone Else...</source>
        <translation>以其他评分员身份评分...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who is rating (Ctrl+R)</source>
        <translation>选择评分员（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2 of %3 done</source>
        <extracomment>&quot;r07: 10 of 24 done&quot; on the study page, before the Continue button</extracomment>
        <translation>%1：已完成%2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on rating as %1</source>
        <translation>以%1的身份继续评分</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n段对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n个轮次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n个系统</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n名评分员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media %1 min</source>
        <translation>媒体时长%1分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Systems: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind study: systems and media are hidden from annotators.</source>
        <translation>盲评研究：系统和媒体信息对标注员隐藏。</translation>
    </message>
</context>
<context>
    <name>avemo::StudyReader</name>
    <message>
        <location filename="../models/StudyReader.cpp" line="+38"/>
        <source>cannot read the study</source>
        <translation>无法读取研究</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>“%1”中没有研究</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the study definition stored in &apos;%1&apos; is damaged: %2</source>
        <translation>“%1”中存储的研究定义已损坏：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the items&apos; context media</source>
        <translation>无法读取条目的上下文媒体</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the items</source>
        <translation>无法读取条目</translation>
    </message>
</context>
<context>
    <name>avemo::TaskRunner</name>
    <message>
        <location filename="../ui/dashboard/TaskRunner.cpp" line="+37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
</context>
<context>
    <name>avemo::TextQuestionRow</name>
    <message>
        <location filename="../ui/rating/TextQuestionRow.cpp" line="+13"/>
        <source>Type your answer</source>
        <translation>输入您的答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: type a comment</source>
        <translation>可选：输入备注</translation>
    </message>
</context>
<context>
    <name>avemo::TimelineWidget</name>
    <message>
        <location filename="../ui/player/TimelineWidget.cpp" line="+74"/>
        <source>Context 9 of 9  00:00.000 / 00:00.000</source>
        <translation>上下文9/9  00:00.000 / 00:00.000</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reply %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context %1 of %2  %3</source>
        <translation>上下文%1/%2  %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+31"/>
        <source>Blind perceptual rating of audio-visual emotional dialogue.</source>
        <translation>视听情感对话的盲评式感知评分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a study folder or study database (default: the last one opened)</source>
        <translation>研究文件夹或研究数据库（默认：上次打开的）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start rating at once as this rater</source>
        <translation>以该评分员身份立即开始评分</translation>
    </message>
</context>
</TS>
