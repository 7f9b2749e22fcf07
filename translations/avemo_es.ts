<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>avemo::AdjudicationDialog</name>
    <message>
        <location filename="../ui/dashboard/AdjudicationDialog.cpp" line="+18"/>
        <source>Adjudicate %1</source>
        <translation>Arbitrar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. tie between two labels; checked the clip again</source>
        <translation>p. ej., empate entre dos etiquetas; se volvió a revisar el clip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record Decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided answer:</source>
        <translation>Respuesta decidida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision is kept apart from the raters&apos; answers; recording again replaces an earlier decision.</source>
        <translation>La decisión se guarda aparte de las respuestas de los evaluadores; volver a registrarla reemplaza la decisión anterior.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>&apos;%1&apos; no tiene el ítem &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the study has no question &apos;%1&apos;</source>
        <translation>el estudio no tiene la pregunta &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a category of question &apos;%2&apos; (expected a category id of label set &apos;%3&apos;)</source>
        <translation>&apos;%1&apos; no es una categoría de la pregunta &apos;%2&apos; (se esperaba un ID de categoría del conjunto de etiquetas &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a point of the scale of question &apos;%2&apos; (expected %3 to %4 in steps of %5)</source>
        <translation>&apos;%1&apos; no es un punto de la escala de la pregunta &apos;%2&apos; (se esperaba de %3 a %4 en pasos de %5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an adjudicated answer to &apos;%1&apos; cannot be empty</source>
        <translation>una respuesta arbitrada a &apos;%1&apos; no puede estar vacía</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an adjudication of item &apos;%1&apos;, question &apos;%2&apos; needs a reason and who decided</source>
        <translation>un arbitraje del ítem &apos;%1&apos;, pregunta &apos;%2&apos;, necesita un motivo y quién lo decidió</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot record the adjudication of item &apos;%1&apos;, question &apos;%2&apos;</source>
        <translation>no se puede registrar el arbitraje del ítem &apos;%1&apos;, pregunta &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit the adjudication</source>
        <translation>no se puede confirmar el arbitraje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>item &apos;%1&apos; has no adjudication for question &apos;%2&apos;</source>
        <translation>el ítem &apos;%1&apos; no tiene arbitraje para la pregunta &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot remove the adjudication of item &apos;%1&apos;, question &apos;%2&apos;</source>
        <translation>no se puede quitar el arbitraje del ítem &apos;%1&apos;, pregunta &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit removing the adjudication</source>
        <translation>no se puede confirmar la eliminación del arbitraje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the adjudications</source>
        <translation>no se pueden leer los arbitrajes</translation>
    </message>
</context>
<context>
    <name>avemo::AgreementModel</name>
    <message>
        <location filename="../ui/dashboard/AgreementModel.cpp" line="+72"/>
        <source>%1 (alpha: %2)</source>
        <translation>%1 (alfa: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1 (%n par)</numerusform>
            <numerusform>%1 (%n pares)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Krippendorff&apos;s alpha (%1), percentile bootstrap CI95 over items, %n resample(s)</source>
        <translation>
            <numerusform>Alfa de Krippendorff (%1), IC95 por bootstrap de percentiles sobre los ítems, %n remuestra</numerusform>
            <numerusform>Alfa de Krippendorff (%1), IC95 por bootstrap de percentiles sobre los ítems, %n remuestras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean Cohen&apos;s kappa over rater pairs (weights: %1)</source>
        <translation>Kappa de Cohen medio entre pares de evaluadores (ponderación: %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raters</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krippendorff α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>α CI95</source>
        <translation>IC95 de α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleiss κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean Cohen κ</source>
        <translation>κ de Cohen medio</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotationSession</name>
    <message>
        <location filename="../models/AnnotationSession.cpp" line="+18"/>
        <source>the study has no items</source>
        <translation>el estudio no tiene ítems</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the stored item order of rater &apos;%1&apos; names an item the study does not have</source>
        <translation>el orden de ítems guardado del evaluador &apos;%1&apos; menciona un ítem que el estudio no tiene</translation>
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
        <translation>no se puede escribir &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the study database names a media path outside the study: &apos;%1&apos;</source>
        <translation>la base de datos del estudio menciona una ruta multimedia fuera del estudio: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read media file &apos;%1&apos;: %2 (the package needs every file the study uses)</source>
        <translation>no se puede leer el archivo multimedia &apos;%1&apos;: %2 (el paquete necesita todos los archivos que usa el estudio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the folder for &apos;%1&apos;</source>
        <translation>no se puede crear la carpeta para &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read media file &apos;%1&apos;: %2</source>
        <translation>no se puede leer el archivo multimedia &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>media file &apos;%1&apos; changed since the study was imported (its SHA-256 differs); re-import the study or restore the file</source>
        <translation>el archivo multimedia &apos;%1&apos; cambió desde que se importó el estudio (su SHA-256 es distinto); volver a importar el estudio o restaurar el archivo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot create a temporary folder beside &apos;%1&apos;: %2</source>
        <translation>no se puede crear una carpeta temporal junto a &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot set the permissions of &apos;%1&apos;</source>
        <translation>no se pueden establecer los permisos de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cancelled; no package was written</source>
        <translation>cancelado; no se escribió ningún paquete</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a valid rater id (expected letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>&apos;%1&apos; no es un ID de evaluador válido (se esperaban letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no output folder given</source>
        <translation>no se indicó ninguna carpeta de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; already exists (expected a new or empty folder)</source>
        <translation>&apos;%1&apos; ya existe (se esperaba una carpeta nueva o vacía)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>no se puede crear la carpeta &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>&apos;%1&apos; no contiene ningún estudio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>rater &apos;%1&apos; is not listed in study.json and the study does not allow new raters (presentation.allow_new_raters is false); the package works, but check the rater id</source>
        <translation>el evaluador &apos;%1&apos; no figura en study.json y el estudio no admite evaluadores nuevos (presentation.allow_new_raters es false); el paquete funciona, pero conviene comprobar el ID del evaluador</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the assignment</source>
        <translation>no se puede leer la asignación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the study has a design, and rater &apos;%1&apos; has no items assigned by it (expected a rater of the design: run avemo-cli assign on &apos;%2&apos; first, with --add %1 for a rater who joins)</source>
        <translation>el estudio tiene un diseño y el evaluador '%1' no tiene ítems asignados en él (se esperaba un evaluador del diseño: ejecute primero avemo-cli assign sobre '%2', con --add %1 para un evaluador que se incorpora)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1; no package was written</source>
        <translation>%1; no se escribió ningún paquete</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot replace the empty folder &apos;%1&apos;</source>
        <translation>no se puede reemplazar la carpeta vacía &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot move the finished package to &apos;%1&apos;</source>
        <translation>no se puede mover el paquete terminado a &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotatorView</name>
    <message numerus="yes">
        <location filename="../ui/AnnotatorView.cpp" line="+26"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>falta aprox. %n min</numerusform>
            <numerusform>faltan aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h %2 min left</source>
        <translation>faltan aprox. %1 h %2 min</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m done</source>
        <translation>%v de %m completados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip and flag (Ctrl+K)</source>
        <translation>Omitir y marcar (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play / pause</source>
        <translation>Reproducir / pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / Right</source>
        <translation>Izquierda / Derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seek 1 s back / forward</source>
        <translation>Retroceder / avanzar 1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Left / Shift+Right</source>
        <translation>Mayús+Izquierda / Mayús+Derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seek 5 s back / forward</source>
        <translation>Retroceder / avanzar 5 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, / .</source>
        <translation>, / .</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One frame back / forward (when paused)</source>
        <translation>Un fotograma atrás / adelante (en pausa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay the reply</source>
        <translation>Volver a reproducir la réplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume up / down</source>
        <translation>Subir / bajar el volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip and flag an item that cannot be played</source>
        <translation>Omitir y marcar un ítem que no se puede reproducir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the answers and go to the next item</source>
        <translation>Enviar las respuestas y pasar al ítem siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Alt+Left</source>
        <translation>Re Pág / Alt+Izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous item (to revise it)</source>
        <translation>Volver al ítem anterior (para revisarlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down / Alt+Right</source>
        <translation>Av Pág / Alt+Derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next item already rated</source>
        <translation>Avanzar al siguiente ítem ya evaluado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Play the item to its end to unlock the answers.</source>
        <translation>Reproducir el ítem hasta el final para desbloquear las respuestas.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Item %1 of %2 - revising your answers</source>
        <translation>Ítem %1 de %2 - revisión de las respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 of %2</source>
        <translation>Ítem %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>All %n item(s) are rated and saved. Thank you!

Use Page Up to go back and revise an answer, or close the study.</source>
        <translation>
            <numerusform>Se ha evaluado y guardado %n ítem. ¡Gracias!

Con Re Pág se puede volver atrás para revisar una respuesta; también se puede cerrar el estudio.</numerusform>
            <numerusform>Se han evaluado y guardado los %n ítems. ¡Gracias!

Con Re Pág se puede volver atrás para revisar una respuesta; también se puede cerrar el estudio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your answers could not be saved: %1</source>
        <translation>No se pudieron guardar las respuestas: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The item could not be flagged: %1</source>
        <translation>No se pudo marcar el ítem: %1</translation>
    </message>
</context>
<context>
    <name>avemo::AnswerCheck</name>
    <message>
        <location filename="../models/coordination/AnswerCheck.cpp" line="+74"/>
        <source>&apos;%1&apos; is not a category of label set &apos;%2&apos;</source>
        <translation>&apos;%1&apos; no es una categoría del conjunto de etiquetas &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number on the scale %2..%3</source>
        <translation>&apos;%1&apos; no es un número de la escala %2..%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question &apos;%1&apos; has a kind this version does not know</source>
        <translation>la pregunta &apos;%1&apos; tiene un tipo que esta versión no conoce</translation>
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
        <translation>Elegir la categoría en esa posición</translation>
    </message>
</context>
<context>
    <name>avemo::ConfusionMatrixModel</name>
    <message>
        <location filename="../ui/dashboard/ConfusionMatrixModel.cpp" line="+67"/>
        <source>Rated %1 where the reference is %2: %3 of %4 (%5%)</source>
        <translation>Valorado como %1 cuando la referencia es %2: %3 de %4 (%5%)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rated %1</source>
        <translation>valorado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intended %1</source>
        <translation>prevista: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus %1</source>
        <translation>consenso: %1</translation>
    </message>
</context>
<context>
    <name>avemo::ConfusionTab</name>
    <message>
        <location filename="../ui/dashboard/ConfusionTab.cpp" line="+18"/>
        <source>Intended emotion of the reply</source>
        <translation>Emoción prevista de la réplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus (majority label)</source>
        <translation>Consenso (etiqueta mayoritaria)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Against:</source>
        <translation>Frente a:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rater:</source>
        <translation>Evaluador:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All included raters</source>
        <translation>Todos los evaluadores incluidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (excluded)</source>
        <translation>%1 (excluido)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n rating(s); rows: the label given, columns: the reference; colour: share of the row.</source>
        <translation>
            <numerusform>%n valoración; filas: la etiqueta dada; columnas: la referencia; color: proporción de la fila.</numerusform>
            <numerusform>%n valoraciones; filas: la etiqueta dada; columnas: la referencia; color: proporción de la fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rating(s) left out (no intended emotion, or a tie for the consensus).</source>
        <translation>
            <numerusform>%n valoración descartada (sin emoción prevista o con empate en el consenso).</numerusform>
            <numerusform>%n valoraciones descartadas (sin emoción prevista o con empate en el consenso).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorActions</name>
    <message>
        <location filename="../ui/dashboard/CoordinatorActions.cpp" line="+50"/>
        <source>Prepare Annotator Package</source>
        <translation>Preparar paquete para anotador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package holds the study, its media and this rater&apos;s assignment only. Rater id:</source>
        <translation>El paquete contiene solo el estudio, sus archivos multimedia y la asignación de este evaluador. ID del evaluador:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder to Create the Package In</source>
        <translation>Carpeta donde crear el paquete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the package for %1</source>
        <translation>Preparando el paquete para %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package cancelled; nothing was written.</source>
        <translation>Paquete cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot prepare the package: %1</source>
        <translation>No se puede preparar el paquete: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package written to %1</source>
        <translation>Paquete guardado en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotator Package Ready</source>
        <translation>Paquete para anotador listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items and %2 media files (%3 MB) in
%4

The annotator opens %5.</source>
        <translation>%1 ítems y %2 archivos multimedia (%3 MB) en
%4

El anotador debe abrir %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Annotators&apos; Databases to Merge</source>
        <translation>Bases de datos de anotadores para combinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de estudio (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Merging %n results file(s)</source>
        <translation>
            <numerusform>Combinando %n archivo de resultados</numerusform>
            <numerusform>Combinando %n archivos de resultados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot merge: %1</source>
        <translation>No se puede combinar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: merged %2 new and %3 updated responses from %4</source>
        <translation>%1: se combinaron %2 respuestas nuevas y %3 actualizadas de %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: already merged, nothing new</source>
        <translation>%1: ya combinado, nada nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused: %2</source>
        <translation>%1: rechazado: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing written</source>
        <translation>%1: cancelado, no se escribió nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge finished</source>
        <translation>Combinación terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge incomplete</source>
        <translation>Combinación incompleta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge incomplete. %1</source>
        <translation>Combinación incompleta. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge Results</source>
        <translation>Combinar resultados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Folder (a new or empty folder, or an earlier export to replace)</source>
        <translation>Carpeta de exportación (una carpeta nueva o vacía, o una exportación anterior que se reemplazará)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled; the folder is as it was.</source>
        <translation>Exportación cancelada; la carpeta no ha cambiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export: %1</source>
        <translation>No se puede exportar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 files to %2</source>
        <translation>Se exportaron %1 archivos a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1; some stored values the study does not allow were left out (listed in the report and on the dashboard&apos;s overview).</source>
        <translation>Exportado a %1; se omitieron algunos valores guardados que el estudio no admite (figuran en el informe y en el resumen del panel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1; the metrics join left %2 items and %3 metrics rows unmatched (see the report).</source>
        <translation>Exportado a %1; al unir las métricas quedaron sin emparejar %2 ítems y %3 filas de métricas (ver el informe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 to
%2

Open the folder?</source>
        <translation>Se escribió %1 en
%2

¿Abrir la carpeta?</translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorDashboard</name>
    <message>
        <location filename="../ui/dashboard/CoordinatorDashboard.cpp" line="+38"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raters</source>
        <translation>&amp;Evaluadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Items</source>
        <translation>Í&amp;tems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MOS per System</source>
        <translation>&amp;MOS por sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label Confusion</source>
        <translation>&amp;Confusión de etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rater &amp;Drift</source>
        <translation>&amp;Deriva de evaluadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores vs Me&amp;trics</source>
        <translation>&amp;Puntuaciones vs. métricas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exclude %1</source>
        <translation>Excluir a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 left out of the statistics? The reason is recorded and reported in every export; the exclusion can be undone.</source>
        <translation>¿Por qué se deja a %1 fuera de las estadísticas? El motivo se registra y se incluye en cada exportación; la exclusión se puede deshacer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computing the figures...</source>
        <translation>Calculando las cifras...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing agreement statistics</source>
        <translation>Calculando las estadísticas de concordancia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing was cancelled; the figures shown may be out of date.</source>
        <translation>Se canceló el cálculo; las cifras mostradas pueden estar desactualizadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No figures.</source>
        <translation>Sin cifras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot compute the dashboard&apos;s figures: %1</source>
        <translation>No se pueden calcular las cifras del panel: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Figures computed at %1 from %n response(s).</source>
        <translation>
            <numerusform>Cifras calculadas a las %1 a partir de %n respuesta.</numerusform>
            <numerusform>Cifras calculadas a las %1 a partir de %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot change whether %1 counts: %2</source>
        <translation>No se puede cambiar si %1 se contabiliza: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the adjudications: %1</source>
        <translation>No se pueden leer los arbitrajes: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record the decision on %1: %2</source>
        <translation>No se puede registrar la decisión sobre %1: %2</translation>
    </message>
</context>
<context>
    <name>avemo::CsvReader</name>
    <message>
        <location filename="../models/CsvReader.cpp" line="+124"/>
        <source>row has %1 fields (expected %2, as in the header)</source>
        <translation>la fila tiene %1 campos (se esperaban %2, como en el encabezado)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty (expected a header row)</source>
        <translation>el archivo está vacío (se esperaba una fila de encabezado)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>empty column name in the header</source>
        <translation>nombre de columna vacío en el encabezado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;%1&apos; appears twice in the header (first as column %2)</source>
        <translation>la columna &apos;%1&apos; aparece dos veces en el encabezado (la primera vez como columna %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is tab-separated (expected commas between fields; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>el archivo está separado por tabulaciones (se esperaban comas entre los campos; guardarlo como &quot;CSV UTF-8 (delimitado por comas)&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is semicolon-separated (expected commas between fields; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>el archivo está separado por punto y coma (se esperaban comas entre los campos; guardarlo como &quot;CSV UTF-8 (delimitado por comas)&quot;)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>carriage return without a line feed (expected LF or CRLF line ends)</source>
        <translation>retorno de carro sin salto de línea (se esperaban finales de línea LF o CRLF)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quoted field is not closed on its line: it runs on to line %1 (expected a closing double quote on this line, or every quote inside the field doubled)</source>
        <translation>un campo entre comillas no se cierra en su línea: continúa hasta la línea %1 (se esperaban comillas dobles de cierre en esta línea, o todas las comillas internas del campo duplicadas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected character after a closing quote (expected a comma or a line end)</source>
        <translation>carácter inesperado tras unas comillas de cierre (se esperaba una coma o un final de línea)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a double quote inside an unquoted field (expected the whole field in double quotes, with inner quotes doubled)</source>
        <translation>comillas dobles dentro de un campo sin comillas (se esperaba el campo entero entre comillas dobles, con las comillas internas duplicadas)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>quoted field is never closed (expected a closing double quote before the end of the file)</source>
        <translation>un campo entre comillas no se cierra nunca (se esperaban comillas dobles de cierre antes del final del archivo)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is UTF-16 text, as a spreadsheet&apos;s &quot;Unicode text&quot; saves it (expected UTF-8 with commas; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>el archivo es texto UTF-16, como lo guarda una hoja de cálculo con &quot;Texto Unicode&quot; (se esperaba UTF-8 con comas; guardarlo como &quot;CSV UTF-8 (delimitado por comas)&quot;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid UTF-8 byte 0x%1 (expected a UTF-8 text file; re-save it as UTF-8)</source>
        <translation>byte UTF-8 no válido 0x%1 (se esperaba un archivo de texto UTF-8; volver a guardarlo como UTF-8)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>avemo::DesignAssigner</name>
    <message>
        <location filename="../models/coordination/DesignAssigner.cpp" line="+46"/>
        <source>cannot read the media durations</source>
        <translation>no se pueden leer las duraciones de los medios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the design&apos;s raters</source>
        <translation>no se pueden leer los evaluadores del diseño</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the stored assignment</source>
        <translation>no se puede leer la asignación guardada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the answers</source>
        <translation>no se pueden leer las respuestas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot start writing the assignment</source>
        <translation>no se puede empezar a escribir la asignación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>no se puede añadir el evaluador '%1'</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the item order of &apos;%1&apos;</source>
        <translation>no se puede reemplazar el orden de ítems de '%1'</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot store the item order of &apos;%1&apos;</source>
        <translation>no se puede guardar el orden de ítems de '%1'</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot record the design&apos;s raters</source>
        <translation>no se pueden registrar los evaluadores del diseño</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot commit the assignment</source>
        <translation>no se puede confirmar la asignación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds no study (expected a database made by avemo-cli import)</source>
        <translation>%1 no contiene ningún estudio (se esperaba una base de datos creada con avemo-cli import)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the study has no design: every rater rates every item (add a &apos;design&apos; block to study.json, see docs/study-format.md, and import the study again)</source>
        <translation>el estudio no tiene diseño: cada evaluador valora todos los ítems (añada un bloque 'design' a study.json, véase docs/study-format.md, e importe el estudio de nuevo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an empty rater id was given to --add or --drop</source>
        <translation>se pasó un id de evaluador vacío a --add o --drop</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n answer(s) to regular items are stored already, before any design was assigned (expected assign to run before rating starts)</source>
        <translation>
            <numerusform>ya hay %n respuesta a ítems normales guardada antes de asignar un diseño (se esperaba que assign se ejecutara antes de empezar a valorar)</numerusform>
            <numerusform>ya hay %n respuestas a ítems normales guardadas antes de asignar un diseño (se esperaba que assign se ejecutara antes de empezar a valorar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--drop %1: not a rater of the study</source>
        <translation>--drop %1: no es un evaluador del estudio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the design cannot be made: %1</source>
        <translation>no se puede crear el diseño: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--drop %1: not an active rater of the design (active: %2)</source>
        <translation>--drop %1: no es un evaluador activo del diseño (activos: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the stored assignment does not fit the design: %1</source>
        <translation>la asignación guardada no encaja con el diseño: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the design cannot be rebalanced: %1</source>
        <translation>no se puede reequilibrar el diseño: %1</translation>
    </message>
</context>
<context>
    <name>avemo::DriftChartTab</name>
    <message>
        <location filename="../ui/dashboard/DriftChartTab.cpp" line="+23"/>
        <source> ratings</source>
        <translation> valoraciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line: one rater&apos;s scores in the order given, as a moving average. Excluded raters are drawn too, dashed.</source>
        <translation>Cada línea: las puntuaciones de un evaluador en el orden presentado, como media móvil. Los evaluadores excluidos también se dibujan, con línea discontinua.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving average over:</source>
        <translation>Media móvil de:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, moving average</source>
        <translation>%1, media móvil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating number in the rater&apos;s session</source>
        <translation>Número de valoración en la sesión del evaluador</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rater drift: %1</source>
        <translation>Deriva de evaluadores: %1</translation>
    </message>
</context>
<context>
    <name>avemo::FlagTableModel</name>
    <message>
        <location filename="../ui/dashboard/FlagTableModel.cpp" line="+42"/>
        <source>%1 (gold)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (excluded)</source>
        <translation>%1 (excluido)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rater</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged at</source>
        <translation>Marcado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>avemo::ItemAnswersModel</name>
    <message>
        <location filename="../ui/dashboard/ItemAnswersModel.cpp" line="+56"/>
        <source>%1 (excluded)</source>
        <translation>%1 (excluido)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rater</source>
        <translation>Evaluador</translation>
    </message>
</context>
<context>
    <name>avemo::ItemDisagreementModel</name>
    <message>
        <location filename="../ui/dashboard/ItemDisagreementModel.cpp" line="+84"/>
        <source>Entropy of the labels, in bits (0: everyone agrees)</source>
        <translation>Entropía de las etiquetas, en bits (0: todos coinciden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range of the scores (highest minus lowest)</source>
        <translation>Rango de las puntuaciones (máxima menos mínima)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (gold)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MOS %1 ± %2</source>
        <translation>MOS %1 ± %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raters&apos; answer</source>
        <translation>Respuesta conjunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagreement</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjudicated</source>
        <translation>Arbitrado</translation>
    </message>
</context>
<context>
    <name>avemo::ItemTableModel</name>
    <message>
        <location filename="../models/ItemTableModel.cpp" line="+50"/>
        <source>%1 + %2 (%3 ms)</source>
        <translation>%1 + %2 (%3 ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gold</source>
        <translation>control</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context media</source>
        <translation>Medios de contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply media</source>
        <translation>Medios de réplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold</source>
        <translation>Control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intended emotion</source>
        <translation>Emoción prevista</translation>
    </message>
</context>
<context>
    <name>avemo::ItemsCsvParser</name>
    <message>
        <location filename="../models/ItemsCsvParser.cpp" line="+43"/>
        <source>missing required column &apos;%1&apos; (expected a header with %2)</source>
        <translation>falta la columna obligatoria &apos;%1&apos; (se esperaba un encabezado con %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown column &apos;%1&apos; is ignored (expected one of: %2)</source>
        <translation>se ignora la columna desconocida &apos;%1&apos; (se esperaba una de: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column &apos;%1&apos; is ignored (did you mean &apos;%2&apos;?)</source>
        <translation>se ignora la columna desconocida &apos;%1&apos; (¿quería decir &apos;%2&apos;?)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>item_id &apos;%1&apos; is already used on line %2 (expected unique ids)</source>
        <translation>item_id &apos;%1&apos; ya se usa en la línea %2 (se esperaban ID únicos)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>system is empty (expected the name of the system or condition)</source>
        <translation>system está vacío (se esperaba el nombre del sistema o de la condición)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dialogue &apos;%1&apos; turn %2 already has a gold row without a system on line %3 (expected one per dialogue and turn: give each gold row a dialogue_id of its own)</source>
        <translation>el diálogo &apos;%1&apos;, turno %2, ya tiene una fila de control sin sistema en la línea %3 (se esperaba una por diálogo y turno: hay que dar a cada fila de control su propio dialogue_id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dialogue &apos;%1&apos; turn %2 already has a reply from system &apos;%3&apos; on line %4 (expected one row per dialogue, turn and system)</source>
        <translation>el diálogo &apos;%1&apos;, turno %2, ya tiene una réplica del sistema &apos;%3&apos; en la línea %4 (se esperaba una fila por diálogo, turno y sistema)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty file name in context_media (expected paths separated by &apos;|&apos;)</source>
        <translation>nombre de archivo vacío en context_media (se esperaban rutas separadas por &apos;|&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reply_media is empty (expected the reply&apos;s video or audio file)</source>
        <translation>reply_media está vacío (se esperaba el archivo de video o audio de la réplica)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>intended_emotion &apos;%1&apos; is not a category of any label set</source>
        <translation>intended_emotion &apos;%1&apos; no es una categoría de ningún conjunto de etiquetas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is empty (expected an id)</source>
        <translation>%1 está vacío (se esperaba un ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; has characters other than letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1 &apos;%2&apos; contiene caracteres distintos de letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>turn &apos;%1&apos; is not a whole number &gt;= 1</source>
        <translation>turn &apos;%1&apos; no es un número entero &gt;= 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reply_audio_offset_ms &apos;%1&apos; is not a whole number of milliseconds between -10000 and 10000</source>
        <translation>reply_audio_offset_ms &apos;%1&apos; no es un número entero de milisegundos entre -10000 y 10000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reply_audio_offset_ms is set but reply_audio is empty (expected both or neither)</source>
        <translation>reply_audio_offset_ms tiene valor pero reply_audio está vacío (se esperaban ambos o ninguno)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gold answer &apos;%1&apos; is not of the form question_id=value</source>
        <translation>la respuesta de control &apos;%1&apos; no tiene la forma question_id=valor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>gold answer names question &apos;%1&apos;, which the study does not have</source>
        <translation>la respuesta de control menciona la pregunta &apos;%1&apos;, que el estudio no tiene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gold answer &apos;%1&apos; is not a valid answer to question &apos;%2&apos; (expected %3)</source>
        <translation>la respuesta de control &apos;%1&apos; no es una respuesta válida a la pregunta &apos;%2&apos; (se esperaba: %3)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>one of </source>
        <translation>uno de </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gold answer for a text question</source>
        <translation>sin respuesta de control para una pregunta de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a point of the scale %1..%2 step %3</source>
        <translation>un punto de la escala %1..%2 con paso %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no items (expected at least one row after the header)</source>
        <translation>no hay ítems (se esperaba al menos una fila después del encabezado)</translation>
    </message>
</context>
<context>
    <name>avemo::ItemsTab</name>
    <message>
        <location filename="../ui/dashboard/ItemsTab.cpp" line="+54"/>
        <source>&amp;Adjudicate...</source>
        <translation>Ar&amp;bitrar...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every rater&apos;s answers</source>
        <translation>Respuestas de cada evaluador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinator&apos;s decisions</source>
        <translation>Decisiones del coordinador</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3 (%4, %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3 (%4, %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision recorded for this item.</source>
        <translation>No hay ninguna decisión registrada para este ítem.</translation>
    </message>
</context>
<context>
    <name>avemo::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/rating/KeyboardShortcutsDialog.cpp" line="+16"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>avemo::LoudnessBackfill</name>
    <message>
        <location filename="../models/LoudnessBackfill.cpp" line="+51"/>
        <source>cannot read the media to measure</source>
        <translation>no se pueden leer los medios que hay que medir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot begin a transaction</source>
        <translation>no se puede iniciar una transacción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot store the loudness of &apos;%1&apos;</source>
        <translation>no se puede guardar la sonoridad de '%1'</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot record that loudness was measured</source>
        <translation>no se puede registrar que la sonoridad se midió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot commit the measured loudness</source>
        <translation>no se puede confirmar la sonoridad medida</translation>
    </message>
</context>
<context>
    <name>avemo::LoudnessMeter</name>
    <message>
        <location filename="../models/LoudnessMeter.cpp" line="+69"/>
        <source>GStreamer could not build the measuring pipeline (%1)</source>
        <translation>GStreamer no pudo construir la cadena de medición (%1)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no audio could be decoded</source>
        <translation>no se pudo decodificar ningún audio</translation>
    </message>
</context>
<context>
    <name>avemo::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+52"/>
        <source>Open a study folder (Ctrl+O) or a study database (Ctrl+Shift+O) to begin.</source>
        <translation>Para empezar, abrir una carpeta de estudio (Ctrl+O) o una base de datos de estudio (Ctrl+Mayús+O).</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 of %n item(s) saved</source>
        <translation>
            <numerusform>%1 de %n ítem guardado</numerusform>
            <numerusform>%1 de %n ítems guardados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no audio output: sound is off</source>
        <translation>no hay salida de audio: el sonido está desactivado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Study Folder...</source>
        <translation>&amp;Abrir carpeta de estudio...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Study &amp;Database...</source>
        <translation>Abrir &amp;base de datos de estudio...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepare Annotator &amp;Package...</source>
        <translation>&amp;Preparar paquete para anotador...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Results...</source>
        <translation>&amp;Combinar resultados...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;Overview</source>
        <translation>&amp;Resumen del estudio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rate</source>
        <translation>&amp;Evaluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator &amp;Dashboard</source>
        <translation>&amp;Panel del coordinador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Hidden Study Details (Coordinator)</source>
        <translation>Mostrar detalles ocultos del estudio (coordinador)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock Coordinator Views...</source>
        <translation>Desbloquear vistas del coordinador...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the systems, item ids and file names of a study opened for rating, and open the dashboard, package, merge and export (asks first, and is logged)</source>
        <translation>Mostrar los sistemas, los ID de ítem y los nombres de archivo de un estudio abierto para evaluar, y abrir el panel, el paquete, la combinación y la exportación (pide confirmación y queda registrado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>Follow the &amp;System</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About AV-EMO Rater</source>
        <translation>&amp;Acerca de AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time AV-EMO Rater starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie AV-EMO Rater.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open Study Folder</source>
        <translation>Abrir carpeta de estudio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Study Database</source>
        <translation>Abrir base de datos de estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de estudio (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the study&apos;s media...</source>
        <translation>Comprobando los archivos multimedia del estudio...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read the study in %1: %2</source>
        <translation>No se puede leer el estudio en %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Study imported and opened: %1</source>
        <translation>Estudio importado y abierto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study opened: %1</source>
        <translation>Estudio abierto: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n media file(s) of this study changed since it was imported. Items using them may not play; Ctrl+K skips and flags such an item.</source>
        <translation>
            <numerusform>%n archivo multimedia de este estudio cambió desde que se importó. Puede que los ítems que lo usan no se reproduzcan; Ctrl+K omite y marca un ítem así.</numerusform>
            <numerusform>%n archivos multimedia de este estudio cambiaron desde que se importó. Puede que los ítems que los usan no se reproduzcan; Ctrl+K omite y marca un ítem así.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot start rating: %1</source>
        <translation>No se puede empezar a evaluar: %1</translation>
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
        <translation>Desbloquear vistas del coordinador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This study is opened for rating. Unlocking shows what annotators must not see: every item id, which system made each reply, and the media file names (View &gt; Show Hidden Study Details), and opens the coordinator&apos;s dashboard, package, merge and export.

The unlock is recorded in the study&apos;s event log. Unlock until the study is closed?</source>
        <translation>Este estudio está abierto para evaluar. Al desbloquear se muestra lo que los anotadores no deben ver: el ID de cada ítem, qué sistema generó cada réplica y los nombres de los archivos multimedia (Ver &gt; Mostrar detalles ocultos del estudio), y se abren el panel, el paquete, la combinación y la exportación del coordinador.

El desbloqueo queda anotado en el registro de eventos del estudio. ¿Desbloquear hasta que se cierre el estudio?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinator views stay locked: the unlock could not be logged: %1</source>
        <translation>Las vistas del coordinador siguen bloqueadas: no se pudo registrar el desbloqueo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinator views unlocked until the study is closed</source>
        <translation>Vistas del coordinador desbloqueadas hasta que se cierre el estudio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your answers are saved as you go in %1. When you are done, close AV-EMO Rater and give your coordinator this file (the rest of the folder is the study you were given).</source>
        <translation>Las respuestas se guardan sobre la marcha en %1. Al terminar, cerrar AV-EMO Rater y entregar este archivo al coordinador (el resto de la carpeta es el estudio que se recibió).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are saved as you go in %1, in your own AV-EMO Rater library (not in the study folder). When you are done, close AV-EMO Rater and give your coordinator this file.</source>
        <translation>Las respuestas se guardan sobre la marcha en %1, en la biblioteca propia de AV-EMO Rater (no en la carpeta del estudio). Al terminar, cerrar AV-EMO Rater y entregar este archivo al coordinador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers are saved as you go in %1.</source>
        <translation>Las respuestas se guardan sobre la marcha en %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the study</source>
        <translation>Problemas en el estudio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be opened. Fix these problems and open it again:</source>
        <translation>No se pudo abrir %1. Una vez corregidos estos problemas, se podrá abrir de nuevo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a study folder</source>
        <translation>Abrir una carpeta de estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start rating</source>
        <translation>Empezar a evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit (everything is already saved)</source>
        <translation>Salir (todo está ya guardado)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About AV-EMO Rater</source>
        <translation>Acerca de AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;AV-EMO Rater %1&lt;/b&gt;&lt;p&gt;Blind, keyboard-driven perceptual rating of audio-visual emotional dialogue, with agreement statistics and tidy exports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AV-EMO Rater %1&lt;/b&gt;&lt;p&gt;Evaluación perceptiva ciega de diálogos emocionales audiovisuales, manejable por completo con el teclado, con estadísticas de concordancia y exportaciones de datos ordenados.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>avemo::MediaPath</name>
    <message>
        <location filename="../models/MediaPath.cpp" line="+13"/>
        <source>absolute path &apos;%1&apos; (expected a path relative to the study folder)</source>
        <translation>ruta absoluta &apos;%1&apos; (se esperaba una ruta relativa a la carpeta del estudio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; contains a backslash (expected &apos;/&apos; between folders)</source>
        <translation>la ruta &apos;%1&apos; contiene una barra invertida (se esperaba &apos;/&apos; entre carpetas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; climbs out with &apos;..&apos; (expected a path inside the study folder)</source>
        <translation>la ruta &apos;%1&apos; sale de la carpeta con &apos;..&apos; (se esperaba una ruta dentro de la carpeta del estudio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file &apos;%1&apos; does not exist</source>
        <translation>el archivo &apos;%1&apos; no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is a symbolic link that leaves the study folder (expected a file inside it)</source>
        <translation>&apos;%1&apos; es un enlace simbólico que sale de la carpeta del estudio (se esperaba un archivo dentro de ella)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a regular file</source>
        <translation>&apos;%1&apos; no es un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file &apos;%1&apos; is not readable (check its permissions)</source>
        <translation>el archivo &apos;%1&apos; no se puede leer (comprobar sus permisos)</translation>
    </message>
</context>
<context>
    <name>avemo::MediaProbe</name>
    <message>
        <location filename="../models/MediaProbe.cpp" line="+79"/>
        <source>the file could not be opened as media</source>
        <translation>el archivo no se pudo abrir como multimedia</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>opening the file timed out after %1 ms</source>
        <translation>se agotó el tiempo de espera al abrir el archivo (%1 ms)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the file holds neither a video nor an audio stream</source>
        <translation>el archivo no contiene ningún flujo de video ni de audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no duration (truncated or not seekable?)</source>
        <translation>el archivo no tiene duración (¿está truncado o no admite búsquedas?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no decoder for this format (%1; install gstreamer1.0-libav and gstreamer1.0-plugins-good, or re-encode as WebM VP9/Opus)</source>
        <translation>no hay decodificador para este formato (%1; instalar gstreamer1.0-libav y gstreamer1.0-plugins-good, o volver a codificar como WebM VP9/Opus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a media file that can be decoded (%1)</source>
        <translation>no es un archivo multimedia decodificable (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stream could not be decoded: damaged file or missing GStreamer plugin (%1)</source>
        <translation>el flujo no se pudo decodificar: archivo dañado o falta un complemento de GStreamer (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file was not found</source>
        <translation>no se encontró el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be decoded</source>
        <translation>el archivo no se pudo decodificar</translation>
    </message>
</context>
<context>
    <name>avemo::MergeRowFilter</name>
    <message>
        <location filename="../models/coordination/MergeRowFilter.cpp" line="+16"/>
        <source>%1 is a %2, not a whole number</source>
        <translation>%1 es de tipo %2, no un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is negative (%2)</source>
        <translation>%1 es negativo (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its timestamp is a %1, not a date and time</source>
        <translation>su marca de tiempo es de tipo %1, no una fecha y hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its timestamp &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>su marca de tiempo &apos;%1&apos; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its timestamp %1 is later than the merge (%2)</source>
        <translation>su marca de tiempo %1 es posterior a la combinación (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot leave out a row</source>
        <translation>no se puede omitir una fila</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the questions</source>
        <translation>no se pueden leer las preguntas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the design&apos;s raters</source>
        <translation>no se pueden leer los evaluadores del diseño</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot check the responses</source>
        <translation>no se pueden comprobar las respuestas</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+59"/>
        <location line="+29"/>
        <source>item &apos;%1&apos; is not in the study</source>
        <translation>el ítem &apos;%1&apos; no está en el estudio</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+88"/>
        <source>question &apos;%1&apos; is not in the study</source>
        <translation>la pregunta &apos;%1&apos; no está en el estudio</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>the value is a %1, not text</source>
        <translation>el valor es de tipo %1, no texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer to &apos;%1&apos; %2</source>
        <translation>la respuesta a &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>revision %1 but the file logs %2 edit(s) of this answer</source>
        <translation>revisión %1, pero el archivo registra %2 modificación(es) de esta respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its UUID already names another answer (another item, rater or question) in the master</source>
        <translation>su UUID ya identifica otra respuesta (de otro ítem, evaluador o pregunta) en la base de datos maestra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item &apos;%1&apos; is not assigned to this rater by the study&apos;s design (avemo-cli assign gave it to others)</source>
        <translation>el ítem '%1' no está asignado a este evaluador en el diseño del estudio (avemo-cli assign lo dio a otros)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot check the flags</source>
        <translation>no se pueden comprobar las marcas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the reason is a %1, not text</source>
        <translation>el motivo es de tipo %1, no texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its UUID already names another flag in the master</source>
        <translation>su UUID ya identifica otra marca en la base de datos maestra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot check the events</source>
        <translation>no se pueden comprobar los eventos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its rater is not one this file brings</source>
        <translation>su evaluador no es ninguno de los que aporta este archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its kind is a %1, not text</source>
        <translation>la clase del evento es de tipo %1, no texto</translation>
    </message>
</context>
<context>
    <name>avemo::MergeWriter</name>
    <message>
        <location filename="../models/coordination/MergeWriter.cpp" line="+124"/>
        <source>cannot count what to merge</source>
        <translation>no se puede contar lo que hay que combinar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>no se puede leer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cancelled; nothing from &apos;%1&apos; was merged</source>
        <translation>cancelado; no se combinó nada de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; was refused: rater id(s) %2 already belong to another annotator database (%3); nothing from this file was merged</source>
        <translation>&apos;%1&apos; se rechazó: los ID de evaluador %2 ya pertenecen a otra base de datos de anotador (%3); no se combinó nada de este archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot merge &apos;%1&apos;</source>
        <translation>no se puede combinar &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot merge &apos;%1&apos;: %2</source>
        <translation>no se puede combinar &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot prepare the merge</source>
        <translation>no se puede preparar la combinación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the raters</source>
        <translation>no se pueden leer los evaluadores</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>cannot match the items</source>
        <translation>no se pueden emparejar los ítems</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot match the questions</source>
        <translation>no se pueden emparejar las preguntas</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>cannot check the raters for conflicts</source>
        <translation>no se pueden comprobar los conflictos entre evaluadores</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; rated in the master itself</source>
        <translation>&apos;%1&apos; evaluó directamente en la base de datos maestra</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&apos;%1&apos; came from instance %2</source>
        <translation>&apos;%1&apos; procede de la instancia %2</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>cannot write the master database &apos;%1&apos;: the disk is full (or the temporary folder&apos;s); nothing from &apos;%2&apos; was merged</source>
        <translation>no se puede escribir la base de datos maestra &apos;%1&apos;: el disco (o el de la carpeta temporal) está lleno; no se combinó nada de &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the master database &apos;%1&apos;: it is read-only; nothing from &apos;%2&apos; was merged</source>
        <translation>no se puede escribir la base de datos maestra &apos;%1&apos;: es de solo lectura; no se combinó nada de &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the master database &apos;%1&apos;: the disk reported an input/output error (%3); nothing from &apos;%2&apos; was merged</source>
        <translation>no se puede escribir la base de datos maestra &apos;%1&apos;: el disco informó de un error de entrada/salida (%3); no se combinó nada de &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&apos;%1&apos; was refused: reading it took far more work than a file of its size needs; nothing from this file was merged</source>
        <translation>&apos;%1&apos; se rechazó: leerlo requirió mucho más trabajo del que necesita un archivo de su tamaño; no se combinó nada de este archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot start writing to the master database</source>
        <translation>no se puede empezar a escribir en la base de datos maestra</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>this file is the package made for &apos;%1&apos;, not for &apos;%2&apos;</source>
        <translation>este archivo es el paquete preparado para &apos;%1&apos;, no para &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>cannot replace the answers of &apos;%1&apos;</source>
        <translation>no se pueden reemplazar las respuestas de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot add the raters</source>
        <translation>no se pueden agregar los evaluadores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot record where the raters rated</source>
        <translation>no se puede registrar dónde evaluó cada evaluador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot match the raters</source>
        <translation>no se pueden emparejar los evaluadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot list the raters</source>
        <translation>no se pueden listar los evaluadores</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot copy the raters&apos; item orders</source>
        <translation>no se pueden copiar los órdenes de ítems de los evaluadores</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the responses</source>
        <translation>no se pueden leer las respuestas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write the responses</source>
        <translation>no se pueden escribir las respuestas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the flags</source>
        <translation>no se pueden leer las marcas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write the flags</source>
        <translation>no se pueden escribir las marcas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the events</source>
        <translation>no se pueden leer los eventos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the events</source>
        <translation>no se pueden escribir los eventos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the merge history</source>
        <translation>no se puede leer el historial de combinaciones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot record the merge</source>
        <translation>no se puede registrar la combinación</translation>
    </message>
</context>
<context>
    <name>avemo::MetricsChartTab</name>
    <message>
        <location filename="../ui/dashboard/MetricsChartTab.cpp" line="+30"/>
        <source>&amp;Choose Metrics File...</source>
        <translation>E&amp;legir archivo de métricas...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Automatic Metrics</source>
        <translation>Métricas automáticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: not usable</source>
        <translation>%1: no utilizable</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n row(s), joined by %2;</source>
        <translation>
            <numerusform>%1: %n fila, emparejada por %2;</numerusform>
            <numerusform>%1: %n filas, emparejadas por %2;</numerusform>
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
        <translation>diálogo, turno y sistema</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) without metrics</source>
        <translation>
            <numerusform>%n ítem sin métricas</numerusform>
            <numerusform>%n ítems sin métricas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pick the benchmark&apos;s metrics.csv to compare the perceptual scores with its automatic metrics.</source>
        <translation>Elegir el metrics.csv del benchmark para comparar las puntuaciones perceptivas con sus métricas automáticas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>items</source>
        <translation>ítems</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Item MOS: %1</source>
        <translation>MOS del ítem: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 undefined (%2)</source>
        <translation>%1 no definido (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2 %3, p = %4</source>
        <translation>%1 = %2 %3, p = %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 against %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 frente a %2 (%n ítem)</numerusform>
            <numerusform>%1 frente a %2 (%n ítems)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson %1; Spearman %2. CI95 by Fisher z; correlations.csv of an export lists every question and metric with Kendall&apos;s tau too.</source>
        <translation>Pearson %1; Spearman %2. IC95 mediante la z de Fisher; el correlations.csv de una exportación recoge todas las preguntas y métricas, también con la tau de Kendall.</translation>
    </message>
</context>
<context>
    <name>avemo::MosChartTab</name>
    <message>
        <location filename="../ui/dashboard/MosChartTab.cpp" line="+25"/>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MOS with CI95</source>
        <translation>MOS con IC95</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: MOS %2, CI95 %3, %4 from %5</source>
        <extracomment>%1 a system, %4 &quot;N 40 ratings&quot;, %5 &quot;5 raters&quot;</extracomment>
        <translation>%1: MOS %2, IC95 %3, %4 de %5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>N %n rating(s)</source>
        <translation>
            <numerusform>N %n valoración</numerusform>
            <numerusform>N %n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n evaluador</numerusform>
            <numerusform>%n evaluadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    mixed model: %1, CI95 %2 (Satterthwaite df %3)</source>
        <extracomment>the estimate of the mixed model (raters and items as random effects)</extracomment>
        <translation>    modelo mixto: %1, IC95 %2 (gl de Satterthwaite %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    mixed model: %1</source>
        <translation>    modelo mixto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed model score ~ system + (1|rater) + (1|item), REML: variance of raters %1, of items %2, residual %3. %4</source>
        <translation>Modelo mixto score ~ system + (1|rater) + (1|item), REML: varianza de evaluadores %1, de ítems %2, residual %3. %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Gold items and excluded raters are left out; bars start at the bottom of the scale.</source>
        <translation>
No se incluyen los ítems de control ni los evaluadores excluidos; las barras parten del extremo inferior de la escala.</translation>
    </message>
</context>
<context>
    <name>avemo::OverviewTab</name>
    <message>
        <location filename="../ui/dashboard/OverviewTab.cpp" line="+36"/>
        <source>Items flagged by raters</source>
        <translation>Ítems marcados por los evaluadores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreement per question</source>
        <translation>Concordancia por pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress per rater</source>
        <translation>Progreso por evaluador</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n stored value(s) left out&lt;/b&gt;: the study does not allow them, so they are in no figure here and in no export.</source>
        <translation>
            <numerusform>&lt;b&gt;%n valor guardado omitido&lt;/b&gt;: el estudio no lo admite, así que no aparece en ninguna cifra de aquí ni en ninguna exportación.</numerusform>
            <numerusform>&lt;b&gt;%n valores guardados omitidos&lt;/b&gt;: el estudio no los admite, así que no aparecen en ninguna cifra de aquí ni en ninguna exportación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3, left out of the statistics) from %4; %5, %6 excluded; %7. Alpha CIs: percentile bootstrap over items, %8.</source>
        <extracomment>%1 the study&apos;s title; %2..%8 counts such as &quot;12 items&quot;, &quot;3 raters&quot; (%6 a number)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3, fuera de las estadísticas) de %4; %5 (excluidos: %6); %7. IC de alfa: bootstrap de percentiles sobre los ítems, %8.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ítem</numerusform>
            <numerusform>%n ítems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gold check item(s)</source>
        <translation>
            <numerusform>%n ítem de control</numerusform>
            <numerusform>%n ítems de control</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n sistema</numerusform>
            <numerusform>%n sistemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n evaluador</numerusform>
            <numerusform>%n evaluadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resample(s)</source>
        <translation>
            <numerusform>%n remuestra</numerusform>
            <numerusform>%n remuestras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::PackageDatabase</name>
    <message>
        <location filename="../models/coordination/PackageDatabase.cpp" line="+35"/>
        <source>cannot read the study of &apos;%1&apos;</source>
        <translation>no se puede leer el estudio de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>&apos;%1&apos; no contiene ningún estudio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the media list of &apos;%1&apos;</source>
        <translation>no se puede leer la lista de archivos multimedia de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot look up rater &apos;%1&apos;</source>
        <translation>no se puede buscar al evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rater &apos;%1&apos; already has results merged from another database (instance %2); their results from a new package would be refused as a conflict. Hand out a new rater id instead.</source>
        <translation>el evaluador &apos;%1&apos; ya tiene resultados combinados desde otra base de datos (instancia %2); sus resultados de un paquete nuevo se rechazarían por conflicto. Conviene asignar un ID de evaluador nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rater &apos;%1&apos; has already rated in &apos;%2&apos; itself; results from a package would be refused as a conflict. Hand out a new rater id instead.</source>
        <translation>el evaluador &apos;%1&apos; ya ha evaluado directamente en &apos;%2&apos;; los resultados de un paquete se rechazarían por conflicto. Conviene asignar un ID de evaluador nuevo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the item order of rater &apos;%1&apos;</source>
        <translation>no se puede leer el orden de ítems del evaluador «%1»</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>cannot read the package&apos;s items</source>
        <translation>no se pueden leer los ítems del paquete</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot record the item order of rater &apos;%1&apos;</source>
        <translation>no se puede registrar el orden de ítems del evaluador «%1»</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>no se puede agregar al evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot commit the package database</source>
        <translation>no se puede confirmar la base de datos del paquete</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+6"/>
        <source>cannot name the package database</source>
        <translation>no se puede asignar un nombre a la base de datos del paquete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the package database failed its integrity check: %1</source>
        <translation>la base de datos del paquete no superó la comprobación de integridad: %1</translation>
    </message>
</context>
<context>
    <name>avemo::PackageNames</name>
    <message>
        <location filename="../models/coordination/PackageNames.cpp" line="+115"/>
        <source>cannot start writing to &apos;%1&apos;</source>
        <translation>no se puede empezar a escribir en «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>cannot record the package in &apos;%1&apos;</source>
        <translation>no se puede registrar el paquete en «%1»</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+8"/>
        <source>cannot record the package&apos;s item names: %1</source>
        <translation>no se pueden registrar los nombres de ítems del paquete: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot record the package&apos;s system codes</source>
        <translation>no se pueden registrar los códigos de sistema del paquete</translation>
    </message>
</context>
<context>
    <name>avemo::PlaybackErrorText</name>
    <message>
        <location filename="../ui/player/PlaybackErrorText.cpp" line="+11"/>
        <source>Context clip %1</source>
        <translation>El clip de contexto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply</source>
        <translation>La réplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply&apos;s audio track</source>
        <translation>La pista de audio de la réplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The media</source>
        <translation>El archivo multimedia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be found. The study folder may be incomplete.</source>
        <translation>%1 no se pudo encontrar. Puede que la carpeta del estudio esté incompleta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be opened: access was denied.</source>
        <translation>%1 no se pudo abrir: acceso denegado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be decoded (damaged file, unsupported format or missing GStreamer plugin?).</source>
        <translation>%1 no se pudo decodificar (¿archivo dañado, formato no compatible o falta un complemento de GStreamer?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped long before its end: the file looks damaged or incomplete.</source>
        <translation>%1 se detuvo mucho antes del final: el archivo parece dañado o incompleto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stopped with a stream error (damaged file or missing GStreamer plugin?).</source>
        <translation>%1 se detuvo por un error de flujo (¿archivo dañado o falta un complemento de GStreamer?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be played.</source>
        <translation>%1 no se pudo reproducir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>avemo::PlayerWidget</name>
    <message>
        <location filename="../ui/player/PlayerWidget.cpp" line="+23"/>
        <source>Audio only</source>
        <translation>Solo audio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skip and flag</source>
        <translation>Omitir y marcar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark this item as unplayable and go to the next one</source>
        <translation>Marcar este ítem como no reproducible y pasar al siguiente</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
</context>
<context>
    <name>avemo::QuestionRow</name>
    <message>
        <location filename="../ui/rating/QuestionRow.cpp" line="+53"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This question must be answered before the item can be submitted</source>
        <translation>Hay que responder a esta pregunta antes de poder enviar el ítem</translation>
    </message>
</context>
<context>
    <name>avemo::RaterDialog</name>
    <message>
        <location filename="../ui/RaterDialog.cpp" line="+19"/>
        <source>Who is rating?</source>
        <translation>¿Quién evalúa?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your rater id, e.g. r07</source>
        <translation>ID de evaluador, p. ej., r07</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick your id, or type a new one (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation>Elegir el ID en la lista o escribir uno nuevo (letras, dígitos, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick your id from the study&apos;s list.</source>
        <translation>Elegir el ID en la lista del estudio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rater:</source>
        <translation>Evaluador:</translation>
    </message>
</context>
<context>
    <name>avemo::RaterExclusions</name>
    <message>
        <location filename="../models/coordination/RaterExclusions.cpp" line="+19"/>
        <source>&apos;%1&apos; has no rater &apos;%2&apos;</source>
        <translation>&apos;%1&apos; no tiene el evaluador &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>excluding rater &apos;%1&apos; needs a reason (it is reported in every export)</source>
        <translation>excluir al evaluador &apos;%1&apos; requiere un motivo (se incluye en cada exportación)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rater &apos;%1&apos; is already excluded (include them first to change the reason)</source>
        <translation>el evaluador &apos;%1&apos; ya está excluido (para cambiar el motivo, primero hay que volver a incluirlo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot exclude rater &apos;%1&apos;</source>
        <translation>no se puede excluir al evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot commit the exclusion of rater &apos;%1&apos;</source>
        <translation>no se puede confirmar la exclusión del evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the exclusion of rater &apos;%1&apos;</source>
        <translation>no se puede leer la exclusión del evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rater &apos;%1&apos; is not excluded</source>
        <translation>el evaluador &apos;%1&apos; no está excluido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot include rater &apos;%1&apos; again</source>
        <translation>no se puede volver a incluir al evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot commit including rater &apos;%1&apos;</source>
        <translation>no se puede confirmar la inclusión del evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the rater exclusions</source>
        <translation>no se pueden leer las exclusiones de evaluadores</translation>
    </message>
</context>
<context>
    <name>avemo::RaterTableModel</name>
    <message>
        <location filename="../ui/dashboard/RaterTableModel.cpp" line="+90"/>
        <source>Excluded: %1</source>
        <translation>Excluido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in the statistics; uncheck to exclude</source>
        <translation>Se contabiliza en las estadísticas; desmarcar para excluir</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>included</source>
        <translation>incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gold rated</source>
        <translation>sin ítems de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 de %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no ratings of this question</source>
        <translation>sin valoraciones de esta pregunta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passes</source>
        <translation>apto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gold accuracy %1 below %2 (%3 of %4)</source>
        <translation>acierto en control %1 por debajo de %2 (%3 de %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shares no item with another rater</source>
        <translation>no comparte ningún ítem con otro evaluador</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only %n item(s) shared with other raters: consensus correlation not computed</source>
        <translation>
            <numerusform>solo %n ítem compartido con otros evaluadores: no se calcula la correlación con el consenso</numerusform>
            <numerusform>solo %n ítems compartidos con otros evaluadores: no se calcula la correlación con el consenso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>constant ratings (or constant consensus): correlation undefined</source>
        <translation>valoraciones constantes (o consenso constante): correlación no definida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correlation with the other raters&apos; mean %1 below %2</source>
        <translation>correlación con la media del resto de evaluadores %1 por debajo de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rater</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In statistics</source>
        <translation>En estadísticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items done</source>
        <translation>Ítems hechos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time per item</source>
        <translation>Tiempo mediano por ítem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold accuracy</source>
        <translation>Acierto en control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r with others&apos; mean</source>
        <translation>r con media del resto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <translation>Cribado</translation>
    </message>
</context>
<context>
    <name>avemo::RatersTab</name>
    <message>
        <location filename="../ui/dashboard/RatersTab.cpp" line="+24"/>
        <location line="+50"/>
        <source>Exclude from Statistics...</source>
        <translation>Excluir de las estadísticas...</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Screening of question:</source>
        <translation>Cribado de la pregunta:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 excluded: %2</source>
        <translation>%1 excluido: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every rater counts in the statistics.</source>
        <translation>Todos los evaluadores cuentan en las estadísticas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include in Statistics</source>
        <translation>Incluir en las estadísticas</translation>
    </message>
</context>
<context>
    <name>avemo::RatingPanel</name>
    <message>
        <location filename="../ui/rating/RatingPanel.cpp" line="+52"/>
        <source>Submit [Enter]</source>
        <extracomment>The submit button; Enter does the same</extracomment>
        <translation>Enviar [Enter]</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Next / previous question</source>
        <translation>Pregunta siguiente / anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down / Up</source>
        <translation>Abajo / Arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the answers</source>
        <translation>Enviar las respuestas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Categories: %1</source>
        <extracomment>Title of the keys of one label set, e.g. &quot;Categories: emotion4&quot;</extracomment>
        <translation>Categorías: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating scales</source>
        <translation>Escalas de valoración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sliders</source>
        <translation>Controles deslizantes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Play the reply to the end to unlock the answers</source>
        <translation>Reproducir la réplica hasta el final para desbloquear las respuestas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>✓ Saved</source>
        <extracomment>Shown briefly after the answers were written to the database</extracomment>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Answer the highlighted questions first</source>
        <translation>Responder primero las preguntas resaltadas</translation>
    </message>
</context>
<context>
    <name>avemo::RatingStore</name>
    <message>
        <location filename="../models/RatingStore.cpp" line="+46"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>no se puede agregar al evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot record the item order</source>
        <translation>no se puede registrar el orden de los ítems</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot commit the item order</source>
        <translation>no se puede confirmar el orden de los ítems</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the item order</source>
        <translation>no se puede leer el orden de los ítems</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start saving</source>
        <translation>no se puede empezar a guardar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot save the answer to &apos;%1&apos;</source>
        <translation>no se puede guardar la respuesta a &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot revise the answer to &apos;%1&apos;</source>
        <translation>no se puede revisar la respuesta a &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot commit the answers</source>
        <translation>no se pueden confirmar las respuestas</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>cannot flag the item</source>
        <translation>no se puede marcar el ítem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot commit the flag</source>
        <translation>no se puede confirmar la marca</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot log the &apos;%1&apos; event</source>
        <translation>no se puede registrar el evento &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>avemo::ResultsMerger</name>
    <message>
        <location filename="../models/coordination/ResultsMerger.cpp" line="+45"/>
        <source>cannot copy &apos;%1&apos; and its -wal file to a temporary folder to read them</source>
        <translation>no se pueden copiar &apos;%1&apos; y su archivo -wal a una carpeta temporal para leerlos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; does not exist or is not a file</source>
        <translation>&apos;%1&apos; no existe o no es un archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; has schema version %2, older than any annotator package (%3); it cannot be merged</source>
        <translation>&apos;%1&apos; tiene la versión de esquema %2, anterior a cualquier paquete para anotador (%3); no se puede combinar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is a database without a study</source>
        <translation>&apos;%1&apos; es una base de datos sin estudio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; has no instance id</source>
        <translation>&apos;%1&apos; no tiene ID de instancia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is from study &apos;%2&apos;, the master holds &apos;%3&apos;</source>
        <translation>&apos;%1&apos; es del estudio &apos;%2&apos; y la base de datos maestra contiene &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; holds a different version of study &apos;%2&apos; than the package made for it: its definition hash is %3..., the package&apos;s was %4... (its study, items or media were changed since)</source>
        <translation>«%1» contiene otra versión del estudio «%2» que el paquete hecho para él: su hash de definición es %3..., el del paquete era %4... (el estudio, los ítems o los medios cambiaron desde entonces)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is an annotator package whose item and system names this master database does not hold: it was made from another master database (or from a copy of this one); merge it into the database it was packaged from</source>
        <translation>«%1» es un paquete de anotador cuyos nombres de ítems y sistemas no guarda esta base de datos maestra: se hizo desde otra base maestra (o desde una copia de esta); fusiónelo en la base de datos desde la que se empaquetó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; holds a different version of study &apos;%2&apos;: its definition hash is %3..., the master&apos;s is %4... (the study definition, its items or its media changed between the two imports)</source>
        <translation>&apos;%1&apos; contiene otra versión del estudio &apos;%2&apos;: su hash de definición es %3..., el de la base de datos maestra es %4... (la definición del estudio, sus ítems o sus archivos multimedia cambiaron entre las dos importaciones)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is the master database itself (or a copy of it)</source>
        <translation>&apos;%1&apos; es la propia base de datos maestra (o una copia)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the master database &apos;%1&apos;: %2 is read-only; nothing was merged</source>
        <translation>no se puede escribir la base de datos maestra &apos;%1&apos;: %2 es de solo lectura; no se combinó nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder</source>
        <translation>su carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>the master database: %1</source>
        <translation>la base de datos maestra: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the master database &apos;%1&apos; holds no study</source>
        <translation>la base de datos maestra &apos;%1&apos; no contiene ningún estudio</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cancelled before &apos;%1&apos;</source>
        <translation>cancelado antes de &apos;%1&apos;</translation>
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
        <translation>Elegir el punto de la escala con ese número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the scale point at that position</source>
        <translation>Elegir el punto de la escala en esa posición</translation>
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
        <translation>Sin valor</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Left / Right</source>
        <translation>Izquierda / Derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slider one step</source>
        <translation>Mover el control un paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slider to an end</source>
        <translation>Mover el control a un extremo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the slider to that value</source>
        <translation>Poner el control en ese valor</translation>
    </message>
</context>
<context>
    <name>avemo::StudyDatabase</name>
    <message>
        <location filename="../models/StudyDatabase.cpp" line="+155"/>
        <location line="+57"/>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>falta el controlador SQLite de Qt (instalar libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>cannot open database &apos;%1&apos;</source>
        <translation>no se puede abrir la base de datos &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; is not a file</source>
        <translation>&apos;%1&apos; no es un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &apos;%1&apos;: permission denied</source>
        <translation>no se puede leer &apos;%1&apos;: permiso denegado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open &apos;%1&apos;</source>
        <translation>no se puede abrir &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a study database (it holds no AV-EMO Rater tables)</source>
        <translation>&apos;%1&apos; no es una base de datos de estudio (no contiene tablas de AV-EMO Rater)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot make a temporary copy of &apos;%1&apos; to read its older schema: %2</source>
        <translation>no se puede hacer una copia temporal de &apos;%1&apos; para leer su esquema anterior: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot make a temporary copy of &apos;%1&apos; to read its older schema</source>
        <translation>no se puede hacer una copia temporal de &apos;%1&apos; para leer su esquema anterior</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot configure &apos;%1&apos;</source>
        <translation>no se puede configurar &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+64"/>
        <source>&apos;%1&apos; is not a study database</source>
        <translation>&apos;%1&apos; no es una base de datos de estudio</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>cannot read &apos;%1&apos;: the disk reported an input/output error (is it full?)</source>
        <translation>no se puede leer &apos;%1&apos;: el disco informó de un error de entrada/salida (¿está lleno?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>no se puede leer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; has schema version %2, which this AV-EMO Rater does not know</source>
        <translation>&apos;%1&apos; tiene la versión de esquema %2, que esta versión de AV-EMO Rater no conoce</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the schema of &apos;%1&apos;: %2</source>
        <translation>no se puede leer el esquema de &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 &apos;%2&apos; that AV-EMO Rater does not create</source>
        <translation>hay un objeto %1 &apos;%2&apos; que AV-EMO Rater no crea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 &apos;%2&apos; defined differently from AV-EMO Rater&apos;s schema version %3</source>
        <translation>el objeto %1 &apos;%2&apos; está definido de forma distinta que en la versión de esquema %3 de AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no %1 &apos;%2&apos;</source>
        <translation>falta el objeto %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a study database as AV-EMO Rater writes it: it has %2; nothing in it was run or read</source>
        <translation>&apos;%1&apos; no es una base de datos de estudio tal como la escribe AV-EMO Rater: %2; no se ejecutó ni se leyó nada de ella</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot switch &apos;%1&apos; to write-ahead logging (SQLite answered &apos;%2&apos;); is it on a network or read-only file system?</source>
        <translation>no se puede cambiar &apos;%1&apos; al modo write-ahead logging (SQLite respondió &apos;%2&apos;); ¿está en un sistema de archivos de red o de solo lectura?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot configure &apos;%1&apos; (%2)</source>
        <translation>no se puede configurar &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused to enforce foreign keys on &apos;%1&apos;</source>
        <translation>SQLite se negó a aplicar las claves foráneas en &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>no se puede leer la versión del esquema de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot look up rater &apos;%1&apos;</source>
        <translation>no se puede buscar al evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+189"/>
        <source>&apos;%1&apos; was written by a newer AV-EMO Rater (schema version %2; this version reads up to %3). Update AV-EMO Rater to open it.</source>
        <translation>&apos;%1&apos; se escribió con una versión más reciente de AV-EMO Rater (versión de esquema %2; esta versión lee hasta la %3). Para abrirlo, hay que actualizar AV-EMO Rater.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>migration %1 is missing from the program</source>
        <translation>falta la migración %1 en el programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migrating &apos;%1&apos; to schema version %2 failed; the database is unchanged</source>
        <translation>falló la migración de &apos;%1&apos; a la versión de esquema %2; la base de datos no ha cambiado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recording schema version %1 in &apos;%2&apos; failed</source>
        <translation>falló el registro de la versión de esquema %1 en &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>avemo::StudyFolderLoader</name>
    <message>
        <location filename="../models/StudyFolderLoader.cpp" line="+47"/>
        <source>its loudness could not be measured (%1); it plays without loudness normalisation</source>
        <translation>no se pudo medir su sonoridad (%1); se reproduce sin normalización de sonoridad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>may clip: its true peak after the loudness gain would be %1 dBTP, above %2 dBTP (measured %3 LUFS, true peak %4 dBTP, gain %5 dB to reach loudness_lufs %6)</source>
        <translation>puede saturar: su pico real tras la ganancia de sonoridad sería %1 dBTP, por encima de %2 dBTP (medido %3 LUFS, pico real %4 dBTP, ganancia %5 dB para alcanzar loudness_lufs %6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>media &apos;%1&apos;: %2</source>
        <translation>archivo multimedia &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no video stream (expected a video, since the row gives a separate reply_audio)</source>
        <translation>no tiene flujo de video (se esperaba un video, ya que la fila indica un reply_audio aparte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no audio stream (expected an audio file for reply_audio)</source>
        <translation>no tiene flujo de audio (se esperaba un archivo de audio para reply_audio)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is a symbolic link to a file outside the study folder (expected the file itself in the folder)</source>
        <translation>es un enlace simbólico a un archivo fuera de la carpeta del estudio (se esperaba el propio archivo dentro de la carpeta)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing (expected %1 in the study folder)</source>
        <translation>falta (se esperaba %1 en la carpeta del estudio)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a folder (expected a study folder with study.json and items.csv)</source>
        <translation>no es una carpeta (se esperaba una carpeta de estudio con study.json e items.csv)</translation>
    </message>
</context>
<context>
    <name>avemo::StudyImporter</name>
    <message>
        <location filename="../models/StudyImporter.cpp" line="+143"/>
        <source>import failed while writing %1</source>
        <translation>la importación falló al escribir %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import failed preparing a statement</source>
        <translation>la importación falló al preparar una sentencia</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the study</source>
        <translation>el estudio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>label set &apos;%1&apos;</source>
        <translation>el conjunto de etiquetas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>category &apos;%1&apos;</source>
        <translation>la categoría &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>question &apos;%1&apos;</source>
        <translation>la pregunta &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>media &apos;%1&apos;</source>
        <translation>el archivo multimedia &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import failed preparing a statement: %1</source>
        <translation>la importación falló al preparar una sentencia: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>import failed while writing item &apos;%1&apos;: %2</source>
        <translation>la importación falló al escribir el ítem &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import failed while writing the context of item &apos;%1&apos;: %2</source>
        <translation>la importación falló al escribir el contexto del ítem &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rater &apos;%1&apos;</source>
        <translation>el evaluador &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; already holds a study (expected a new, empty database file)</source>
        <translation>&apos;%1&apos; ya contiene un estudio (se esperaba un archivo de base de datos nuevo y vacío)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot start the import</source>
        <translation>no se puede iniciar la importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot commit the import</source>
        <translation>no se puede confirmar la importación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; already exists (expected a new file; remove it or pick another name)</source>
        <translation>&apos;%1&apos; ya existe (se esperaba un archivo nuevo; eliminarlo o elegir otro nombre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create &apos;%1&apos;: the folder &apos;%2&apos; does not exist</source>
        <translation>no se puede crear «%1»: la carpeta «%2» no existe</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s) in the study folder</source>
        <translation>
            <numerusform>%n error en la carpeta del estudio</numerusform>
            <numerusform>%n errores en la carpeta del estudio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create a file in &apos;%1&apos;: %2</source>
        <translation>no se puede crear un archivo en «%1»: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot finish &apos;%1&apos;: its write-ahead log was not folded back</source>
        <translation>no se puede terminar &apos;%1&apos;: su registro write-ahead (WAL) no se volcó en la base de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot rename the finished import to &apos;%1&apos; (does it exist now?)</source>
        <translation>no se puede renombrar la importación terminada a &apos;%1&apos; (¿existe ya?)</translation>
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
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>inexistente</translation>
    </message>
    <message>
        <location filename="../models/StudyJsonParser.cpp" line="+51"/>
        <source>objects and arrays are nested more than %1 levels deep (expected a study of a few levels; is a bracket left open?)</source>
        <translation>los objetos y arrays están anidados a más de %1 niveles de profundidad (se esperaba un estudio de pocos niveles; ¿queda algún corchete o llave sin cerrar?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON syntax error: %1</source>
        <translation>error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the top level is not an object (expected { ... })</source>
        <translation>el nivel superior no es un objeto (se esperaba { ... })</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>key &apos;%1&apos; appears twice in one object, first on line %2 (expected each key once; only one of the two values would be used)</source>
        <translation>la clave «%1» aparece dos veces en un objeto, primero en la línea %2 (se espera cada clave una vez; solo se usaría uno de los dos valores)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>format_version must be a positive integer (expected 1)</source>
        <translation>format_version debe ser un entero positivo (se esperaba 1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>format_version %1 is newer than this program reads (expected %2 or lower; update AV-EMO Rater)</source>
        <translation>format_version %1 es más reciente de lo que lee este programa (se esperaba %2 o anterior; hay que actualizar AV-EMO Rater)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>study id</source>
        <translation>el ID del estudio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>label_sets is %1 (expected an array of label sets)</source>
        <translation>label_sets es %1 (se esperaba un array de conjuntos de etiquetas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>label set is %1 (expected an object with name and categories)</source>
        <translation>el conjunto de etiquetas es %1 (se esperaba un objeto con name y categories)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>label set &apos;%1&apos; is defined twice (expected unique names)</source>
        <translation>el conjunto de etiquetas &apos;%1&apos; está definido dos veces (se esperaban nombres únicos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label set &apos;%1&apos; needs a &apos;categories&apos; array with at least two categories</source>
        <translation>el conjunto de etiquetas &apos;%1&apos; necesita un array &apos;categories&apos; con al menos dos categorías</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>category is %1 (expected an object with id, label and key)</source>
        <translation>la categoría es %1 (se esperaba un objeto con id, label y key)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>category id</source>
        <translation>el ID de categoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>category &apos;%1&apos; appears twice in label set &apos;%2&apos;</source>
        <translation>la categoría &apos;%1&apos; aparece dos veces en el conjunto de etiquetas &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shortcut key &apos;%1&apos; is not a single letter or digit</source>
        <translation>la tecla de acceso rápido &apos;%1&apos; no es una sola letra o dígito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shortcut key &apos;%1&apos; is used twice in label set &apos;%2&apos; (expected unique keys)</source>
        <translation>la tecla de acceso rápido &apos;%1&apos; se usa dos veces en el conjunto de etiquetas &apos;%2&apos; (se esperaban teclas únicas)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the study needs a &apos;questions&apos; array with at least one question</source>
        <translation>el estudio necesita un array &apos;questions&apos; con al menos una pregunta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question is %1 (expected an object)</source>
        <translation>la pregunta es %1 (se esperaba un objeto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question &apos;%1&apos; is defined twice (expected unique ids)</source>
        <translation>la pregunta &apos;%1&apos; está definida dos veces (se esperaban ID únicos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>question id</source>
        <translation>el ID de pregunta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown question kind &apos;%1&apos; (expected categorical, mos, slider or text)</source>
        <translation>tipo de pregunta desconocido &apos;%1&apos; (se esperaba categorical, mos, slider o text)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown target &apos;%1&apos; (expected user_turn, reply or dialogue)</source>
        <translation>objetivo desconocido &apos;%1&apos; (se esperaba user_turn, reply o dialogue)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>label set &apos;%1&apos; is not defined in label_sets</source>
        <translation>el conjunto de etiquetas &apos;%1&apos; no está definido en label_sets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a categorical question ignores &apos;scale&apos;</source>
        <translation>una pregunta categórica ignora &apos;scale&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only categorical questions use &apos;label_set&apos;</source>
        <translation>solo las preguntas categóricas usan &apos;label_set&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>slider question &apos;%1&apos; needs a &apos;scale&apos; (min, max, step)</source>
        <translation>la pregunta de control deslizante &apos;%1&apos; necesita &apos;scale&apos; (min, max, step)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>scale is %1 (expected an object with min, max, step)</source>
        <translation>scale es %1 (se esperaba un objeto con min, max, step)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scale max (%1) must be greater than min (%2)</source>
        <translation>el max de la escala (%1) debe ser mayor que min (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scale step must be positive</source>
        <translation>el step de la escala debe ser positivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scale step %1 does not divide max - min (%2)</source>
        <translation>el step %1 de la escala no divide max - min (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a mos scale needs integer points (expected integer min and step)</source>
        <translation>una escala mos necesita puntos enteros (se esperaban min y step enteros)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mos scale has %1 points (expected at most %2)</source>
        <translation>una escala mos tiene %1 puntos (se esperaban como máximo %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>anchor &apos;%1&apos; is not a point of the scale %2..%3 step %4</source>
        <translation>el ancla &apos;%1&apos; no es un punto de la escala %2..%3 con paso %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>anchor &apos;%1&apos;</source>
        <translation>ancla &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anchor label is %1 (expected a string)</source>
        <translation>la etiqueta del ancla es %1 (se esperaba una cadena)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anchors is %1 (expected an object such as {&quot;1&quot;: &quot;Bad&quot;})</source>
        <translation>anchors es %1 (se esperaba un objeto como {&quot;1&quot;: &quot;Bad&quot;})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 scale points have an anchor label (expected one per point)</source>
        <translation>%1 de %2 puntos de la escala tienen etiqueta de ancla (se esperaba una por punto)</translation>
    </message>
    <message>
        <location filename="../models/PresentationJsonParser.cpp" line="+28"/>
        <source>presentation is %1 (expected an object)</source>
        <translation>presentation es %1 (se esperaba un objeto)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seed must be a non-negative integer below 2^53</source>
        <translation>seed debe ser un entero no negativo menor que 2^53</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gold_rate %1 is outside 0..1 (expected a share such as 0.1)</source>
        <translation>gold_rate %1 está fuera de 0..1 (se esperaba una proporción como 0.1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loudness_lufs is %1 (expected a number of LUFS such as -23, or null to play tracks as recorded)</source>
        <translation>loudness_lufs es %1 (se espera un número de LUFS como -23, o null para reproducir las pistas tal como se grabaron)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loudness_lufs %1 is outside -70..0 (expected a target such as -23)</source>
        <translation>loudness_lufs %1 está fuera de -70..0 (se espera un objetivo como -23)</translation>
    </message>
    <message>
        <location filename="../models/StudyJsonParser.cpp" line="+12"/>
        <source>raters is %1 (expected an array)</source>
        <translation>raters es %1 (se esperaba un array)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rater is %1 (expected an object with an id)</source>
        <translation>el evaluador es %1 (se esperaba un objeto con id)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rater id</source>
        <translation>el ID de evaluador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rater &apos;%1&apos; is listed twice</source>
        <translation>el evaluador &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+8"/>
        <source>missing required key &apos;%1&apos;</source>
        <translation>falta la clave obligatoria &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is %2 (expected a non-empty string)</source>
        <translation>&apos;%1&apos; es %2 (se esperaba una cadena no vacía)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is %2 (expected a string)</source>
        <translation>&apos;%1&apos; es %2 (se esperaba una cadena)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has an invalid language tag &apos;%2&apos; (expected a language such as &quot;de&quot;, or a language and territory such as &quot;zh_CN&quot;)</source>
        <translation>%1 tiene una etiqueta de idioma no válida &apos;%2&apos; (se esperaba un idioma como &quot;de&quot;, o un idioma y un territorio como &quot;zh_CN&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 text for &apos;%2&apos; is %3 (expected a non-empty string)</source>
        <translation>%1: el texto en &apos;%2&apos; es %3 (se esperaba una cadena no vacía)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected one of: %1</source>
        <translation>se esperaba uno de: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>¿quería decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key &apos;%1&apos;: a misspelt setting would silently keep its default (%2)</source>
        <translation>clave desconocida &apos;%1&apos;: un ajuste mal escrito conservaría sin aviso su valor por defecto (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &apos;%1&apos; is ignored (%2)</source>
        <translation>se ignora la clave desconocida &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../models/DesignJsonParser.cpp" line="+35"/>
        <source>design is %1 (expected an object such as {&quot;raters_per_item&quot;: 3})</source>
        <translation>design es %1 (se esperaba un objeto como {"raters_per_item": 3})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a design assigns items to the study&apos;s raters, but the study lists none (expected a &apos;raters&apos; array with at least raters_per_item raters)</source>
        <translation>un diseño asigna ítems a los evaluadores del estudio, pero el estudio no indica ninguno (se esperaba un array 'raters' con al menos raters_per_item evaluadores)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>missing required key &apos;raters_per_item&apos; (expected how many raters rate each item, such as 3)</source>
        <translation>falta la clave obligatoria 'raters_per_item' (se esperaba cuántos evaluadores valoran cada ítem, por ejemplo 3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;raters_per_item&apos; is %1 (expected a whole number such as 3)</source>
        <translation>'raters_per_item' es %1 (se esperaba un número entero como 3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>raters_per_item %1 is not a whole number of at least 1 (expected how many raters rate each item, such as 3)</source>
        <translation>raters_per_item %1 no es un número entero mayor o igual que 1 (se esperaba cuántos evaluadores valoran cada ítem, por ejemplo 3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>raters_per_item %1 is more than the study&apos;s %2 raters (expected at most %2: each item needs that many different raters)</source>
        <translation>raters_per_item %1 es más que los %2 evaluadores del estudio (se esperaba como máximo %2: cada ítem necesita ese número de evaluadores distintos)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>calibration_items %1 is not a whole number of items of at least 0 (expected a count such as 10, or an array of item ids)</source>
        <translation>calibration_items %1 no es un número entero de ítems mayor o igual que 0 (se esperaba un número como 10, o un array de ids de ítems)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calibration_items is %1 (expected an array of item ids, or a count)</source>
        <translation>calibration_items es %1 (se esperaba un array de ids de ítems, o un número)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>calibration item is %1 (expected an item id from items.csv)</source>
        <translation>el ítem de calibración es %1 (se esperaba un id de ítem de items.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/JsonFieldReader.cpp" line="-115"/>
        <location line="+52"/>
        <source>empty</source>
        <translation>una cadena vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calibration item &apos;%1&apos; is listed twice</source>
        <translation>el ítem de calibración '%1' aparece dos veces</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>design: calibration item &apos;%1&apos; is not an item of items.csv (expected an item_id from items.csv)</source>
        <translation>design: el ítem de calibración '%1' no es un ítem de items.csv (se esperaba un item_id de items.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>design: calibration item &apos;%1&apos; is a gold item (expected an item without gold answers: gold items are spread over every session already)</source>
        <translation>design: el ítem de calibración '%1' es un ítem de control (se esperaba un ítem sin respuestas de referencia: los ítems de control ya se reparten en cada sesión)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>design: calibration_items asks for %1 calibration items but the study has %2 items that are not gold items</source>
        <translation>design: calibration_items pide %1 ítems de calibración pero el estudio tiene %2 ítems que no son de control</translation>
    </message>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+8"/>
        <source>%1 has no &quot;en&quot; text (expected the English text, shown when there is none in the annotator&apos;s language)</source>
        <translation>%1 no tiene texto &quot;en&quot; (se esperaba el texto en inglés, que se muestra cuando no hay ninguno en el idioma del anotador)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is %2 (expected true or false)</source>
        <translation>&apos;%1&apos; es %2 (se esperaba true o false)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is %2 (expected a number)</source>
        <translation>&apos;%1&apos; es %2 (se esperaba un número)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &apos;%2&apos; has characters other than letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1 &apos;%2&apos; contiene caracteres distintos de letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;</translation>
    </message>
</context>
<context>
    <name>avemo::StudyLibrary</name>
    <message>
        <location filename="../models/StudyLibrary.cpp" line="+116"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; no existe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a study folder: it holds neither study.json nor items.csv (a study database file opens with File &gt; Open Study Database)</source>
        <translation>&apos;%1&apos; no es una carpeta de estudio: no contiene study.json ni items.csv (un archivo de base de datos de estudio se abre con Archivo &gt; Abrir base de datos de estudio)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; is a database without a study (expected one made by avemo-cli import or by opening a study folder)</source>
        <translation>&apos;%1&apos; es una base de datos sin estudio (se esperaba una creada con avemo-cli import o al abrir una carpeta de estudio)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>the study folder &apos;%1&apos; has %n error(s)</source>
        <translation>
            <numerusform>la carpeta de estudio &apos;%1&apos; tiene %n error</numerusform>
            <numerusform>la carpeta de estudio &apos;%1&apos; tiene %n errores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the study library folder &apos;%1&apos;</source>
        <translation>no se puede crear la carpeta de la biblioteca de estudios &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>avemo::StudyOverviewPage</name>
    <message>
        <location filename="../ui/StudyOverviewPage.cpp" line="+51"/>
        <location line="+58"/>
        <location line="+6"/>
        <source>Start rating</source>
        <translation>Empezar a evaluar</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+57"/>
        <source>Choose who is rating and begin (Ctrl+R)</source>
        <translation>Elegir quién evalúa y empezar (Ctrl+R)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Rate as Someone Else...</source>
        <translation>Evaluar como otra persona...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who is rating (Ctrl+R)</source>
        <translation>Elegir quién evalúa (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2 of %3 done</source>
        <extracomment>&quot;r07: 10 of 24 done&quot; on the study page, before the Continue button</extracomment>
        <translation>%1: %2 de %3 completados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on rating as %1</source>
        <translation>Seguir evaluando como %1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ítem</numerusform>
            <numerusform>%n ítems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n diálogo</numerusform>
            <numerusform>%n diálogos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turno</numerusform>
            <numerusform>%n turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n sistema</numerusform>
            <numerusform>%n sistemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n evaluador</numerusform>
            <numerusform>%n evaluadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media %1 min</source>
        <translation>multimedia: %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Systems: %1</source>
        <translation>Sistemas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind study: systems and media are hidden from annotators.</source>
        <translation>Estudio ciego: los sistemas y los archivos multimedia se ocultan a los anotadores.</translation>
    </message>
</context>
<context>
    <name>avemo::StudyReader</name>
    <message>
        <location filename="../models/StudyReader.cpp" line="+38"/>
        <source>cannot read the study</source>
        <translation>no se puede leer el estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>&apos;%1&apos; no contiene ningún estudio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the study definition stored in &apos;%1&apos; is damaged: %2</source>
        <translation>la definición del estudio guardada en &apos;%1&apos; está dañada: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the items&apos; context media</source>
        <translation>no se pueden leer los archivos multimedia de contexto de los ítems</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the items</source>
        <translation>no se pueden leer los ítems</translation>
    </message>
</context>
<context>
    <name>avemo::TaskRunner</name>
    <message>
        <location filename="../ui/dashboard/TaskRunner.cpp" line="+37"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
</context>
<context>
    <name>avemo::TextQuestionRow</name>
    <message>
        <location filename="../ui/rating/TextQuestionRow.cpp" line="+13"/>
        <source>Type your answer</source>
        <translation>Escribir la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: type a comment</source>
        <translation>Opcional: escribir un comentario</translation>
    </message>
</context>
<context>
    <name>avemo::TimelineWidget</name>
    <message>
        <location filename="../ui/player/TimelineWidget.cpp" line="+74"/>
        <source>Context 9 of 9  00:00.000 / 00:00.000</source>
        <translation>Contexto 9 de 9  00:00.000 / 00:00.000</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reply %1</source>
        <translation>Réplica %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context %1 of %2  %3</source>
        <translation>Contexto %1 de %2  %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+31"/>
        <source>Blind perceptual rating of audio-visual emotional dialogue.</source>
        <translation>Evaluación perceptiva ciega de diálogos emocionales audiovisuales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a study folder or study database (default: the last one opened)</source>
        <translation>una carpeta o base de datos de estudio (por defecto: la última abierta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start rating at once as this rater</source>
        <translation>empezar a evaluar de inmediato como este evaluador</translation>
    </message>
</context>
</TS>
