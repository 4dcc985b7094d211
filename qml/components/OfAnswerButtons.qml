import QtQuick
import Outfall
import QtQuick.Layouts

// Three big answer buttons for a checklist item: compliant, non-compliant, not applicable.
// The current answer is filled and ticked (not told by colour alone) in its own colour: green
// compliant, red non-compliant (a finding), the accent for N/A. A tap emits chosen().
RowLayout {
    id: buttons

    // compliant / non_compliant / not_applicable, or empty when unanswered
    property string value

    signal chosen(string value)

    spacing: Theme.spacing

    Repeater {
        model: [{
                "value": "compliant",
                "text": qsTr("Compliant"),
                "fill": Theme.ok
            }, {
                "value": "non_compliant",
                "text": qsTr("Non-compliant"),
                "fill": Theme.danger
            }, {
                "value": "not_applicable",
                "text": qsTr("N/A"),
                "fill": Theme.accent
            }]

        OfButton {
            required property var modelData

            Layout.fillWidth: true
            Layout.preferredWidth: 1
            // The chosen answer is checked, not only filled: assistive technology and the
            // --ui-probe (scripts/xday) read the state, not the colour.
            checked: primary
            fill: modelData.fill
            objectName: modelData.value
            primary: buttons.value === modelData.value
            text: (primary ? "✓ " : "") + modelData.text

            onClicked: buttons.chosen(modelData.value)
        }
    }
}
