import QtQuick
import QtQuick.Controls
import Outfall

// A drop-down sized for gloves: the field and every row are a full touch target.
// model: a list of {value, text} objects; `value` is the chosen one's.
ComboBox {
    id: box

    readonly property string value: currentIndex >= 0 && currentIndex < count ? model[currentIndex].value : ""

    font.pixelSize: Theme.fontBody
    implicitHeight: Theme.touchTarget
    textRole: "text"
    valueRole: "value"

    delegate: ItemDelegate {
        required property int index
        required property var modelData

        font.pixelSize: Theme.fontBody
        height: Theme.touchTarget
        highlighted: box.highlightedIndex === index
        text: modelData.text
        width: box.width
    }
}
