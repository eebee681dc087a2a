<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n contact</numerusform>
            <numerusform>&amp;Import %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people changed jobs</source>
        <translation>
            <numerusform>%n person changed jobs</numerusform>
            <numerusform>%n people changed jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n people changed jobs</source>
        <translation>
            <numerusform>%n person changed jobs</numerusform>
            <numerusform>%n people changed jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n message draft(s) could not be saved and will be lost when Coffee Chat closes. Copy from Messages first, or close anyway?</source>
        <translation>
            <numerusform>%n message draft could not be saved and will be lost when Coffee Chat closes. Copy from Messages first, or close anyway?</numerusform>
            <numerusform>%n message drafts could not be saved and will be lost when Coffee Chat closes. Copy from Messages first, or close anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>Nothing was deleted: %n interview(s) are with the contacts you chose. Delete those interviews first, or keep the contacts.</source>
        <translation>
            <numerusform>Nothing was deleted: %n interview is with a contact you chose. Delete that interview first, or keep the contact.</numerusform>
            <numerusform>Nothing was deleted: %n interviews are with the contacts you chose. Delete those interviews first, or keep the contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s). Press %1 to undo.</source>
        <translation>
            <numerusform>Deleted %n contact. Press %1 to undo.</numerusform>
            <numerusform>Deleted %n contacts. Press %1 to undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueNotices</name>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n thing to do</numerusform>
            <numerusform>%n things to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Today page</source>
        <translation>
            <numerusform>…and %n more on the Today page</numerusform>
            <numerusform>…and %n more on the Today page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%1: %n thing(s) to do</source>
        <translation>
            <numerusform>%1: %n thing to do</numerusform>
            <numerusform>%1: %n things to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionBankModel</name>
    <message numerus="yes">
        <source>Used in %n interview plan(s)</source>
        <translation>
            <numerusform>Used in %n interview plan</numerusform>
            <numerusform>Used in %n interview plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPlanModel</name>
    <message numerus="yes">
        <source>Add %n question(s) to the plan</source>
        <translation>
            <numerusform>Add %n question to the plan</numerusform>
            <numerusform>Add %n questions to the plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message numerus="yes">
        <source>Mark %n question(s) as favourite</source>
        <translation>
            <numerusform>Mark %n question as favourite</numerusform>
            <numerusform>Mark %n questions as favourite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n favourite question(s)</source>
        <translation>
            <numerusform>Unmark %n favourite question</numerusform>
            <numerusform>Unmark %n favourite questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Delete %n question</numerusform>
            <numerusform>Delete %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message numerus="yes">
        <source>Deleted %n question(s). Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n question. Edit › Undo brings it back.</numerusform>
            <numerusform>Deleted %n questions. Edit › Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n question(s) to the plan</source>
        <translation>
            <numerusform>Add %n question to the plan</numerusform>
            <numerusform>Add %n questions to the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) to the plan.</source>
        <translation>
            <numerusform>Added %n question to the plan.</numerusform>
            <numerusform>Added %n questions to the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) from “%1”; </source>
        <translation>
            <numerusform>Imported %n question from “%1”; </numerusform>
            <numerusform>Imported %n questions from “%1”; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your bank.</source>
        <translation>
            <numerusform>%n was already in your bank.</numerusform>
            <numerusform>%n were already in your bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %n question from “%1”.</numerusform>
            <numerusform>Imported %n questions from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n question to “%1”.</numerusform>
            <numerusform>Exported %n questions to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n shipped question(s).</source>
        <translation>
            <numerusform>Restored %n shipped question.</numerusform>
            <numerusform>Restored %n shipped questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPlanEditor</name>
    <message numerus="yes">
        <source>%n of the chosen questions are already in the plan.</source>
        <translation>
            <numerusform>%n of the chosen questions is already in the plan.</numerusform>
            <numerusform>%n of the chosen questions are already in the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n question(s) to the plan</source>
        <translation>
            <numerusform>Add %n question to the plan</numerusform>
            <numerusform>Add %n questions to the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n question(s) from the plan</source>
        <translation>
            <numerusform>Remove %n question from the plan</numerusform>
            <numerusform>Remove %n questions from the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions planned. </source>
        <translation>
            <numerusform>%n question planned. </numerusform>
            <numerusform>%n questions planned. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 minutes about %n fit: put the most important first.</source>
        <translation>
            <numerusform>In %1 minutes about %n fits: put the most important first.</numerusform>
            <numerusform>In %1 minutes about %n fit: put the most important first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions planned, most important first.</source>
        <translation>
            <numerusform>%n question planned.</numerusform>
            <numerusform>%n questions planned, most important first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message numerus="yes">
        <source>The message still has %n place(s) to fill in (see “Before you send it”). %1 anyway?</source>
        <translation>
            <numerusform>The message still has %n place to fill in (see “Before you send it”). %1 anyway?</numerusform>
            <numerusform>The message still has %n places to fill in (see “Before you send it”). %1 anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n shipped template(s).</source>
        <translation>
            <numerusform>Restored %n shipped template.</numerusform>
            <numerusform>Restored %n shipped templates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%Ln result(s). Return opens the one selected.</source>
        <translation>
            <numerusform>%Ln result. Return opens the one selected.</numerusform>
            <numerusform>%Ln results. Return opens the one selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); the first %1 of each kind are listed, add a word to narrow them. Return opens the one selected.</source>
        <translation>
            <numerusform>%Ln result; the first %1 of each kind are listed, add a word to narrow them. Return opens the one selected.</numerusform>
            <numerusform>%Ln results; the first %1 of each kind are listed, add a word to narrow them. Return opens the one selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <source>Of the %n people first written to in the period, how many answered</source>
        <translation>
            <numerusform>Of the %n person first written to in the period, how many answered</numerusform>
            <numerusform>Of the %n people first written to in the period, how many answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you note(s)</source>
        <translation>
            <numerusform>%n thank-you note</numerusform>
            <numerusform>%n thank-you notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached out</source>
        <translation>
            <numerusform>%n reached out</numerusform>
            <numerusform>%n reached out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you note(s) on time</source>
        <translation>
            <numerusform>%n thank-you note on time</numerusform>
            <numerusform>%n thank-you notes on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n thank-you note(s) on time</source>
        <translation>
            <numerusform>%1 of %n thank-you note on time</numerusform>
            <numerusform>%1 of %n thank-you notes on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message numerus="yes">
        <source>%n contact(s) made</source>
        <translation>
            <numerusform>%n contact made</numerusform>
            <numerusform>%n contacts made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) sent</source>
        <translation>
            <numerusform>%n follow-up sent</numerusform>
            <numerusform>%n follow-ups sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) received</source>
        <translation>
            <numerusform>%n reply received</numerusform>
            <numerusform>%n replies received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) held</source>
        <translation>
            <numerusform>%n conversation held</numerusform>
            <numerusform>%n conversations held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you note(s) sent</source>
        <translation>
            <numerusform>%n thank-you note sent</numerusform>
            <numerusform>%n thank-you notes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>asked for a referral %n time(s)</source>
        <translation>
            <numerusform>asked for a referral once</numerusform>
            <numerusform>asked for a referral %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>touched base %n time(s)</source>
        <translation>
            <numerusform>touched base once</numerusform>
            <numerusform>touched base %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityReportFile</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the activity report to %1: %2 on %n page(s).</source>
        <translation>
            <numerusform>Wrote the activity report to %1: %2 on %n page.</numerusform>
            <numerusform>Wrote the activity report to %1: %2 on %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationClock</name>
    <message numerus="yes">
        <source>Halfway through: %n minute(s) left. Keep to the questions that matter most.</source>
        <translation>
            <numerusform>Halfway through: %n minute left. Keep to the questions that matter most.</numerusform>
            <numerusform>Halfway through: %n minutes left. Keep to the questions that matter most.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left — time to wrap up: ask whom else you should talk to, and thank them.</source>
        <translation>
            <numerusform>%n minute left — time to wrap up: ask whom else you should talk to, and thank them.</numerusform>
            <numerusform>%n minutes left — time to wrap up: ask whom else you should talk to, and thank them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message numerus="yes">
        <source>Not reached: %n question(s).</source>
        <translation>
            <numerusform>Not reached: %n question.</numerusform>
            <numerusform>Not reached: %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You asked %1 of %n question(s) and skipped %2.</source>
        <translation>
            <numerusform>You asked %1 of %n question and skipped %2.</numerusform>
            <numerusform>You asked %1 of %n questions and skipped %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run is kept with the interview: %n practice run(s) so far.</source>
        <translation>
            <numerusform>This run is kept with the interview: %n practice run so far.</numerusform>
            <numerusform>This run is kept with the interview: %n practice runs so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message numerus="yes">
        <source>Practised %n time(s), last on %1.</source>
        <translation>
            <numerusform>Practised once, on %1.</numerusform>
            <numerusform>Practised %n times, last on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s), last on %1 with %2.</source>
        <translation>
            <numerusform>Practised once, on %1 with %2.</numerusform>
            <numerusform>Practised %n times, last on %1 with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n question(s) one at a time, with the clock and a notes box for each.</source>
        <translation>
            <numerusform>Your question, with the clock and a notes box.</numerusform>
            <numerusform>Your %n questions one at a time, with the clock and a notes box for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) asked; notes on %2.</source>
        <translation>
            <numerusform>%1 of %n question asked; notes on %2.</numerusform>
            <numerusform>%1 of %n questions asked; notes on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTargetDialog</name>
    <message numerus="yes">
        <source>%Ln employer(s) in your network</source>
        <translation>
            <numerusform>%Ln employer in your network</numerusform>
            <numerusform>%Ln employers in your network</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln close</source>
        <translation>
            <numerusform>%Ln close</numerusform>
            <numerusform>%Ln close</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message numerus="yes">
        <source>(%n more pair(s) to look at)</source>
        <translation>
            <numerusform>(%n more pair to look at)</numerusform>
            <numerusform>(%n more pairs to look at)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidedStartDialog</name>
    <message numerus="yes">
        <source>You have %Ln contacts. Import another file, or go on with Next.</source>
        <translation>
            <numerusform>You have %Ln contact. Import another file, or go on with Next.</numerusform>
            <numerusform>You have %Ln contacts. Import another file, or go on with Next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen: %1</source>
        <translation>
            <numerusform>%Ln chosen: %1</numerusform>
            <numerusform>%Ln chosen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose %Ln targets</source>
        <translation>
            <numerusform>Choose %Ln target</numerusform>
            <numerusform>Choose %Ln targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %Ln interviews, at Identify.</source>
        <translation>
            <numerusform>Started %Ln interview, at Identify.</numerusform>
            <numerusform>Started %Ln interviews, at Identify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If there is no answer by %1 (%Ln business days), Today suggests approaching a second person at %2.</source>
        <translation>
            <numerusform>If there is no answer by %1 (%Ln business day), Today suggests approaching a second person at %2.</numerusform>
            <numerusform>If there is no answer by %1 (%Ln business days), Today suggests approaching a second person at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If there is no answer by %1 (%Ln business days), Today suggests writing to the next person at %2: %3.</source>
        <translation>
            <numerusform>If there is no answer by %1 (%Ln business day), Today suggests writing to the next person at %2: %3.</numerusform>
            <numerusform>If there is no answer by %1 (%Ln business days), Today suggests writing to the next person at %2: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If there is still no answer by %1 (%Ln business days), Today reminds you to send %2 one polite follow-up.</source>
        <translation>
            <numerusform>If there is still no answer by %1 (%Ln business day), Today reminds you to send %2 one polite follow-up.</numerusform>
            <numerusform>If there is still no answer by %1 (%Ln business days), Today reminds you to send %2 one polite follow-up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Once you mark a first message as sent, Today suggests a second person at that employer after %Ln business days without an answer,</source>
        <translation>
            <numerusform>Once you mark a first message as sent, Today suggests a second person at that employer after %Ln business day without an answer,</numerusform>
            <numerusform>Once you mark a first message as sent, Today suggests a second person at that employer after %Ln business days without an answer,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and one polite follow-up after %Ln business days.</source>
        <translation>
            <numerusform> and one polite follow-up after %Ln business day.</numerusform>
            <numerusform> and one polite follow-up after %Ln business days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more people wait for a first message: %1. Messages (Ctrl+8) writes them; each one's interview is on the Interviews page.</source>
        <translation>
            <numerusform>%Ln more person waits for a first message: %1. Messages (Ctrl+8) writes it; the interview is on the Interviews page.</numerusform>
            <numerusform>%Ln more people wait for a first message: %1. Messages (Ctrl+8) writes them; each one's interview is on the Interviews page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When someone agrees, set the time on the interview's Conduct tab and print the prep sheet; after the conversation, Today asks for a thank-you note within %Ln days.</source>
        <translation>
            <numerusform>When someone agrees, set the time on the interview's Conduct tab and print the prep sheet; after the conversation, Today asks for a thank-you note within %Ln day.</numerusform>
            <numerusform>When someone agrees, set the time on the interview's Conduct tab and print the prep sheet; after the conversation, Today asks for a thank-you note within %Ln days.</numerusform>
        </translation>
    </message>
</context>
</TS>
