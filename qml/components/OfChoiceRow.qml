import QtQuick
import Outfall

// A row of big buttons, one per choice, wrapping onto more lines when narrow; the current
// choice is filled. model: a list of strings, or of {value, text} objects.
Flow {
    id: row

    property string current
    property var model: []

    signal chosen(string value)

    spacing: Theme.spacing

    Repeater {
        model: row.model

        OfButton {
            readonly property string choice: typeof modelData === "string" ? modelData : modelData.value
            required property var modelData

            // The current choice is checked too, for assistive technology and --ui-probe.
            checked: primary
            primary: row.current === choice
            text: typeof modelData === "string" ? modelData : modelData.text
            // Never wider than the row: a long outlet name wraps inside its button rather
            // than running off the screen (portrait).
            width: Math.min(implicitWidth, row.width)

            onClicked: row.chosen(choice)
        }
    }
}
