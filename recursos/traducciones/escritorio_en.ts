<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
  <context>
    <name>AsistenteAsociacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>&lt; Atrás</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Crear</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Crear una asociación</source>
      <translation>Create an association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Siguiente &gt;</source>
      <translation>Next &gt;</translation>
    </message>
  </context>
  <context>
    <name>AsistenteImportacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Atrás</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importar</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importar miembros — {0}</source>
      <translation>Import members — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Siguiente</source>
      <translation>Next</translation>
    </message>
  </context>
  <context>
    <name>DialogoAcerca</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Acerca de Escritorio</source>
      <translation>About Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Copia este texto para mandarlo a quien le da soporte técnico</source>
      <translation>Copies this text so you can send it to whoever provides your technical support</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Copiar</source>
      <translation>Copy</translation>
    </message>
  </context>
  <context>
    <name>DialogoActividad</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Agregar actividad</source>
      <translation>Add activity</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Desde:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Escriba el título de la actividad.</source>
      <translation>Enter the title of the activity.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Estado:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Hasta:</source>
      <translation>To:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Nueva actividad — {0}</source>
      <translation>New activity — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Plan de trabajo de «{0}».</source>
      <translation>Work plan of “{0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Responsable:</source>
      <translation>Responsible:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Resultado:</source>
      <translation>Outcome:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>Título:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>lo que se logró o se espera lograr (opcional)</source>
      <translation>what was achieved or is expected to be achieved (optional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>por ejemplo: Seminario regional de cultura</source>
      <translation>for example: Regional culture seminar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>sin fecha</source>
      <translation>no date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <source>— sin responsable —</source>
      <translation>— unassigned —</translation>
    </message>
  </context>
  <context>
    <name>DialogoAdherentes</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>&lt;b&gt;Adhieren sin ser miembros ({0}):&lt;/b&gt; {1}</source>
      <translation>&lt;b&gt;Endorsed by non-members ({0}):&lt;/b&gt; {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>&lt;b&gt;Miembros que la firman ({0}):&lt;/b&gt; {1}</source>
      <translation>&lt;b&gt;Members signing it ({0}):&lt;/b&gt; {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Agregar</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Alguien que no es miembro</source>
      <translation>A non-member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Elija el miembro que firma.</source>
      <translation>Choose the signing member.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Entidad:</source>
      <translation>Entity:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Es:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Firma:</source>
      <translation>Signed by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Firmas y adhesiones — {0}</source>
      <translation>Signatures and endorsements — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Gobierno</source>
      <translation>Government</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>La firma de un miembro es parte del registro de la sesión (con el acta aprobada ya no se agrega); una adhesión de afuera se suma en cualquier momento. El PDF de la declaración y el acta los listan.</source>
      <translation>A member’s signature is part of the session record (once the minutes are approved it can no longer be added); an outside endorsement can be added at any time. The PDF of the declaration and the minutes list them.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Miembro:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Observador</source>
      <translation>Observer</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Organización</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Otro</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Persona:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Red</source>
      <translation>Network</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>Un miembro</source>
      <translation>A member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>por ejemplo: Red Andina de Ciudades</source>
      <translation>for example: Andean Network of Cities</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/adherentes.py" />
      <source>quien firma en su nombre (opcional)</source>
      <translation>person signing on its behalf (optional)</translation>
    </message>
  </context>
  <context>
    <name>DialogoAprobarActa</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Agregar el punto al final de esta sesión</source>
      <translation>Add the item at the end of this session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Agregarlo a la próxima sesión: {0}, {1}</source>
      <translation>Add it to the next session: {0}, {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Aprobada por:</source>
      <translation>Approved by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Convocar la próxima sesión y agregarle el punto…</source>
      <translation>Convene the next session and add the item…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>El acta se aprueba en la próxima sesión del órgano, con la resolución de ese punto.</source>
      <translation>The minutes are approved at the body's next session, with the resolution of that item.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Fecha de aprobación:</source>
      <translation>Approval date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Ir a la votación del punto {0}</source>
      <translation>Go to the vote on item {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Todavía no hay una resolución que apruebe esta acta.</source>
      <translation>There is no resolution approving these minutes yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Un punto de votación «Aprobación del acta» al final del orden del día: se vota y su resolución aprueba el acta.</source>
      <translation>A voting item “Approval of the minutes” at the end of the agenda: it is put to a vote and its resolution approves the minutes.</translation>
    </message>
  </context>
  <context>
    <name>DialogoAsociacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Agregar</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Agregar un país</source>
      <translation>Add a country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Artículo</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Artículo o resolución (opcional)</source>
      <translation>Article or resolution (optional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Borra el país con toda su historia; solo si ningún miembro es de ese país.</source>
      <translation>Deletes the country with its whole history; only if no member is from that country.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Cambiar la categoría desde esa fecha</source>
      <translation>Change the category as of that date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Cambió datos de la asociación que todavía no se guardaron. ¿Guardarlos antes de cerrar?</source>
      <translation>You changed association details that have not been saved yet. Save them before closing?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Categoría</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Categoría hoy</source>
      <translation>Current category</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Categoría:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Ciudad sede:</source>
      <translation>Headquarters city:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos de la asociación</source>
      <translation>Association details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos recargados como están ahora; sus cambios no se guardaron.</source>
      <translation>Details reloaded as they are now; your changes were not saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Datos sin guardar</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Desde:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Dirección pública de verificación:</source>
      <translation>Public verification address:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Esta asociación ya no está en la base: otro programa la cambió mientras el diálogo estaba abierto. No se guardó nada; cierre este diálogo y vuelva a elegir la asociación.</source>
      <translation>This association is no longer in the database: another program changed it while the dialog was open. Nothing was saved; close this dialog and choose the association again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Guardado. </source>
      <translation>Saved. </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Guardar los datos</source>
      <translation>Save the details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Historia de categorías</source>
      <translation>Category history</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Historia de {0}</source>
      <translation>History of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Idioma de los documentos:</source>
      <translation>Document language:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>La sigla se guarda en mayúsculas y no puede ser la de otra asociación de esta base. Los documentos ya emitidos (recibos, actas, resoluciones, padrones) no cambian: llevan el nombre y la sigla con que se emitieron y se siguen verificando igual. Los que se emitan desde ahora llevan los datos nuevos.
Actas, convocatorias, recibos y demás documentos salen en el idioma elegido (uno suelto en el otro: Archivo › Idioma de los documentos). Lo que escribió la secretaría va tal cual.
Con una dirección pública de verificación (la del sitio de la asociación, donde se publican las páginas de verificación), el QR de los documentos que se impriman desde ahora lleva la página de cada uno y el papel dice dónde verificarlo: cualquiera puede comprobarlo, sin esta base. Déjela vacía y el QR lleva solo el código, como siempre.</source>
      <translation>The acronym is saved in capitals and cannot be that of another association in this database. Documents already issued (receipts, minutes, resolutions, registers) do not change: they carry the name and acronym they were issued with and still verify the same way. Those issued from now on carry the new details.
Minutes, notices of meeting, receipts and other documents come out in the chosen language (a single one in the other: File › Document language). What the secretariat wrote stays as written.
With a public verification address (the association's website, where the verification pages are published), the QR code of documents printed from now on points to each document's own page, and the paper says where to verify it: anyone can check it, without this database. Leave it empty and the QR code carries only the code, as always.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Miembros</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Miembros del país que hoy no están de baja</source>
      <translation>Members from the country that have not withdrawn as of today</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Nombre o código ISO (Paraguay, PY)</source>
      <translation>Name or ISO code (Paraguay, PY)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Nombre:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Papel de los documentos:</source>
      <translation>Document paper size:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País elegido</source>
      <translation>Selected country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País elegido (elija uno en la tabla)</source>
      <translation>Selected country (choose one in the table)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>País:</source>
      <translation>Country:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Países</source>
      <translation>Countries</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Quitar desde esa fecha…</source>
      <translation>Remove as of that date…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Quitar un país</source>
      <translation>Remove a country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Quitar un país agregado por error</source>
      <translation>Remove a country added by mistake</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Se agregó por error…</source>
      <translation>Added by mistake…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Sigla:</source>
      <translation>Acronym:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Todavía no rige: hasta esa fecha sigue la categoría anterior.</source>
      <translation>Not yet in force: until that date the previous category still applies.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>desde la fundación</source>
      <translation>since its founding</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>https://sitio-de-la-asociacion.org/escritorio (opcional)</source>
      <translation>https://sitio-de-la-asociacion.org/escritorio (optional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>los datos de la asociación</source>
      <translation>the association details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>{0} ({1}) es país {2} de {3}.</source>
      <translation>{0} ({1}) is a {2} country of {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>{0} es país {1} de {2} desde el {3}{4}.</source>
      <translation>{0} is a {1} country of {2} as of {3}{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>{0}: cambiar su categoría o quitarlo</source>
      <translation>{0}: change its category or remove it</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>¿Borrar {0} de la asociación con toda su historia de categorías, como si nunca se hubiera agregado?

Solo se puede si ningún miembro es de ese país.</source>
      <translation>Delete {0} from the association with its whole category history, as if it had never been added?

This is only possible if no member is from that country.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>¿Quitar {0} de la asociación desde el {1}?

Su historia de categorías se conserva: antes de esa fecha se sigue contando con la categoría que tenía.</source>
      <translation>Remove {0} from the association as of {1}?

Its category history is kept: before that date, the category it had still counts.</translation>
    </message>
  </context>
  <context>
    <name>DialogoBaja</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Confirmar la baja</source>
      <translation>Confirm the withdrawal</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Cuota del año</source>
      <translation>Fee for the year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Dar de baja</source>
      <translation>Record withdrawal</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Dar de baja y terminar mandatos…</source>
      <translation>Record withdrawal and end terms of office…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Dar de baja — {0}</source>
      <translation>Withdrawal — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Escriba el motivo de la baja (queda en la historia del miembro).</source>
      <translation>Enter the reason for the withdrawal (it is kept in the member's history).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Fecha de la baja:</source>
      <translation>Withdrawal date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Fecha de la baja: {0}</source>
      <translation>Withdrawal date: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>La baja de «{0}» desde el {1} termina {2}:

{3}

¿Registrar la baja y terminar {4}?</source>
      <translation>The withdrawal of “{0}” as of {1} ends {2}:

{3}

Record the withdrawal and end {4}?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Mandatos que terminará la baja</source>
      <translation>Terms of office the withdrawal will end</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Motivo:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>Volver</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>el mandato</source>
      <translation>the term of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>este mandato</source>
      <translation>this term of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>estos {0} mandatos</source>
      <translation>these {0} terms of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>los mandatos</source>
      <translation>the terms of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>por ejemplo: Renuncia presentada por nota del intendente</source>
      <translation>for example: Resignation submitted by letter from the mayor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/baja.py" />
      <source>«{0}» dejará de ser miembro desde la fecha indicada. La baja queda en su historia de estados con su motivo; no se borra ningún dato.</source>
      <translation>“{0}” will cease to be a member as of the date given. The withdrawal is kept in its status history with its reason; no data is deleted.</translation>
    </message>
  </context>
  <context>
    <name>DialogoBienvenida</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source> ({0})</source>
      <translation> ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Bienvenida a Escritorio</source>
      <translation>Welcome to Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Crear una asociación</source>
      <translation>Create an association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Esta base de datos todavía está vacía. ¿Cómo desea empezar?</source>
      <translation>This database is still empty. How would you like to start?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Explorar la red de ejemplo</source>
      <translation>Explore the demo network</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>La red de ejemplo tiene 300 ciudades reales de Sudamérica (datos de GeoNames).</source>
      <translation>The demo network has 300 real South American cities (GeoNames data).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>La secretaría de su asociación: padrón y estatutos, órganos y mandatos, cuotas por tramo de población y morosidad.
Sesiones con quórum en vivo, votaciones y actas que se congelan al aprobarse; documentos en PDF y Excel.</source>
      <translation>Your association's secretariat: member register and statutes, bodies and mandates, fees by population tier and arrears.
Sessions with live quorum, votes and minutes that are frozen once approved; documents in PDF and Excel.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Nueva base de datos</source>
      <translation>New database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Salir</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Salir de Escritorio</source>
      <translation>Quit Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Seguir aquí</source>
      <translation>Stay here</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Volver a la base anterior</source>
      <translation>Go back to the previous database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>¿Salir sin crear una asociación?

La base{0} queda vacía. La próxima vez que abra Escritorio volverá a ver esta bienvenida.</source>
      <translation>Quit without creating an association?

The database{0} remains empty. The next time you open Escritorio, you will see this welcome screen again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>¿Volver a la base anterior sin crear una asociación en la nueva?

La base nueva{0} queda vacía; puede abrirla más tarde con Archivo &gt; Abrir.</source>
      <translation>Go back to the previous database without creating an association in the new one?

The new database{0} remains empty; you can open it later with File &gt; Open.</translation>
    </message>
  </context>
  <context>
    <name>DialogoBitacora</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>(sin sellar)</source>
      <translation>(unsealed)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>(sin valores)</source>
      <translation>(no values)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Bitácora de cambios</source>
      <translation>Change audit log</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Buscar</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Buscar en los datos (nombre, importe…)</source>
      <translation>Search the data (name, amount…)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Cuándo (hora local)</source>
      <translation>When (local time)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Desde:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Detalle del cambio elegido</source>
      <translation>Details of the selected change</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Elija un cambio en la lista para ver su detalle.</source>
      <translation>Choose a change in the list to see its details.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Exportar a Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Exportar la bitácora</source>
      <translation>Export the audit log</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Hasta:</source>
      <translation>To:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Momento: {0} (hora local) · {1} UTC</source>
      <translation>Time: {0} (local time) · {1} UTC</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Mostrar solo los cambios de un tipo de dato (pagos, miembros, actas…)</source>
      <translation>Show only changes to one type of data (payments, members, minutes…)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Muestra el dato tal como quedó guardado: tabla, registro, hora UTC y los valores antes y después (también con doble clic en una fila).</source>
      <translation>Shows the data exactly as it was saved: table, record, UTC time and the values before and after (also by double-clicking a row).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Ningún cambio del {0} al {1} con estos filtros. Amplíe las fechas o elija «Todos los cambios».</source>
      <translation>No changes from {0} to {1} with these filters. Widen the dates or choose “All changes”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Nº en la bitácora: {0}</source>
      <translation>Audit log no.: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Ocultar detalle</source>
      <translation>Hide details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Quién</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Qué pasó</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Qué:</source>
      <translation>What:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Se muestran los {0} cambios más recientes del {1} al {2}; acorte las fechas o exporte a Excel para verlos todos.</source>
      <translation>Showing the {0} most recent changes from {1} to {2}; narrow the dates or export to Excel to see them all.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Tabla: {0} ({1}) · registro #{2} · {3}</source>
      <translation>Table: {0} ({1}) · record #{2} · {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Todos los cambios</source>
      <translation>All changes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Usuario: {0}</source>
      <translation>User: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Valores (antes → después):</source>
      <translation>Values (before → after):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Valores:</source>
      <translation>Values:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>Ver detalle</source>
      <translation>Show details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>sin sellar</source>
      <translation>unsealed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bitacora.py" />
      <source>{0} cambios del {1} al {2}.</source>
      <translation>{0} changes from {1} to {2}.</translation>
    </message>
  </context>
  <context>
    <name>DialogoBuscar</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>1 resultado</source>
      <translation>1 result</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>Buscar en todo</source>
      <translation>Search everything</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>Escriba parte de un nombre, una fecha, un número de resolución («3/2025») o de recibo («12»), o una palabra del estatuto. Mayúsculas y tildes dan igual.</source>
      <translation>Type part of a name, a date, a resolution number (“3/2025”) or receipt number (“12”), or a word from the statutes. Capitals and accents don't matter.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>Nada coincide con «{0}» en miembros, sesiones, resoluciones, artículos ni pagos.</source>
      <translation>Nothing matches “{0}” in members, sessions, resolutions, articles or payments.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>Nombre, número de resolución o de recibo, palabra de un artículo…</source>
      <translation>Name, resolution or receipt number, word from an article…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>{0} resultados</source>
      <translation>{0} results</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>{0} — los primeros {1} de {2}</source>
      <translation>{0} — the first {1} of {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/busqueda.py" />
      <source>↑ ↓ eligen · Enter abre · Esc cierra</source>
      <translation>↑ ↓ select · Enter opens · Esc closes</translation>
    </message>
  </context>
  <context>
    <name>DialogoCandidatura</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Agregar y seguir</source>
      <translation>Add and continue</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Elija el miembro de la lista (escriba parte del nombre y elíjalo).</source>
      <translation>Choose the member from the list (type part of the name and select it).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Indique el miembro, la persona, o ambos.</source>
      <translation>Specify the member, the person, or both.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Miembro:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Persona:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>nombre y apellido (opcional si elige un miembro)</source>
      <translation>full name (optional if you choose a member)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>— sin miembro (solo una persona) —</source>
      <translation>— no member (a person only) —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>✓ Agregada: {0}</source>
      <translation>✓ Added: {0}</translation>
    </message>
  </context>
  <context>
    <name>DialogoCargarNorma</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>1 artículo leído</source>
      <translation>1 article read</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Abrir archivo…</source>
      <translation>Open file…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Abrir el texto de la norma</source>
      <translation>Open the text of the rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Aprobada por:</source>
      <translation>Approved by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Art.</source>
      <translation>Art.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Cada artículo empieza en una línea «Artículo N» o «Art. N°». Por ejemplo:

</source>
      <translation>Each article starts on a line “Artículo N” or “Art. N°”. For example:

</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Cargar estatuto o reglamento</source>
      <translation>Load statutes or regulations</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Comienza con</source>
      <translation>Starts with</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Corrija los artículos repetidos para poder guardar.</source>
      <translation>Fix the repeated articles to be able to save.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Desde cuándo rige este texto (por ejemplo, la fecha del acta fundacional)</source>
      <translation>Since when this text has been in force (for example, the date of the founding minutes)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Escriba el título de la norma (por ejemplo: «Estatuto de la Red»).</source>
      <translation>Enter the title of the rule (for example: “Statutes of the Network”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Guardar norma</source>
      <translation>Save rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Línea</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>No se cargó la norma. Corrija el texto:</source>
      <translation>The rule was not loaded. Fix the text:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Numeración completa y sin repeticiones.</source>
      <translation>Numbering complete, with no repetitions.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Pegue el texto o abra un archivo .txt o .md.</source>
      <translation>Paste the text or open a .txt or .md file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Revise el texto antes de guardar:</source>
      <translation>Check the text before saving:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Texto</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Texto (*.txt *.md);;Todos los archivos (*)</source>
      <translation>Text (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Texto leído de {0}</source>
      <translation>Text read from {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Todavía no hay texto.</source>
      <translation>No text yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Título</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Título:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Vigente desde:</source>
      <translation>In force from:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>Vista previa: artículos que se cargarán</source>
      <translation>Preview: articles to be loaded</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>acta o resolución que lo aprobó</source>
      <translation>minutes or resolution that approved it</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>por ejemplo: Estatuto de la Red</source>
      <translation>for example: Statutes of the Network</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <source>{0} artículos leídos</source>
      <translation>{0} articles read</translation>
    </message>
  </context>
  <context>
    <name>DialogoCargo</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cargo:</source>
      <translation>Position:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Con derecho a voto en el órgano</source>
      <translation>With voting rights in the body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cuántos puestos se eligen en la misma votación. Con más de uno, resultan electas las más votadas (pluralidad), respetando los cupos por país de la regla de composición del órgano.</source>
      <translation>How many seats are elected in the same vote. With more than one, the candidacies with the most votes are elected (plurality), respecting the per-country quotas of the body’s composition rule.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Desde:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Elija el órgano en el que se elige el cargo.</source>
      <translation>Choose the body in which the position is elected.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Hasta:</source>
      <translation>To:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Puestos:</source>
      <translation>Seats:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Punto:</source>
      <translation>Item:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>sin fecha de fin</source>
      <translation>no end date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Órgano:</source>
      <translation>Body:</translation>
    </message>
  </context>
  <context>
    <name>DialogoCierre</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Hora de cierre:</source>
      <translation>Closing time:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La regla de quórum del órgano no prevé segunda convocatoria.</source>
      <translation>The body's quorum rule does not provide for a second call.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Pasados {0} minutos de la hora fijada, la regla del órgano permite sesionar con los presentes.</source>
      <translation>{0} minutes after the scheduled time, the body's rule allows the session to proceed with those present.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Se sesionó en segunda convocatoria (con los presentes)</source>
      <translation>The session was held on second call (with those present)</translation>
    </message>
  </context>
  <context>
    <name>DialogoConectarServidor</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>(guardada en el llavero de este equipo)</source>
      <translation>(saved in this computer's keyring)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Base:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Clave:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Conectar</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Conectar a un servidor</source>
      <translation>Connect to a server</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Dirección:</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Equipo del servidor:</source>
      <translation>Server computer:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Este equipo no tiene un llavero del sistema: la clave se pedirá cada vez.</source>
      <translation>This computer has no system keyring: the password will be asked for every time.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>La base compartida de la oficina está en un servidor. Quien lo administra le da el equipo, la base y su usuario; la clave es suya. Cada persona entra con su propio usuario: la bitácora anota quién hizo cada cambio.</source>
      <translation>The office's shared database is on a server. The server administrator gives you the computer, the database and your user name; the password is yours. Everyone signs in with their own user: the audit log records who made each change.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Puerto:</source>
      <translation>Port:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Recordar la clave en el llavero de este equipo</source>
      <translation>Remember the password in this computer's keyring</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>Usuario:</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>por ejemplo: SECRETARIA-01 o 192.168.1.10</source>
      <translation>for example: SECRETARIA-01 or 192.168.1.10</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/servidor.py" />
      <source>por ejemplo: escritorio</source>
      <translation>for example: escritorio</translation>
    </message>
  </context>
  <context>
    <name>DialogoConfirmacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Confirmar la elección</source>
      <translation>Confirm the election</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Confirmar y designar</source>
      <translation>Confirm and appoint</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Confirme cuando la candidatura electa haya aceptado el cargo. Se registra su mandato en el órgano (se puede hacer aunque el acta ya esté aprobada). Un mandato no se borra: si hiciera falta, se termina con fecha desde el área Órganos.</source>
      <translation>Confirm once the elected candidacy has accepted the position. Its term of office is recorded in the body (this can be done even if the minutes are already approved). A term of office is never deleted: if necessary, it is ended with a date in the Bodies area.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Ningún mandato: el cargo no tiene otra persona que lo ocupe en esa fecha.</source>
      <translation>No term of office: no one else holds the position on that date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Ningún mandato: es un cargo que pueden ocupar varias personas a la vez.</source>
      <translation>No term of office: several people can hold this position at the same time.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Se registrará el mandato</source>
      <translation>Term of office to be recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Se registrarán {0} mandatos</source>
      <translation>{0} terms of office to be recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Terminan la víspera</source>
      <translation>Ending the day before</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Traspaso</source>
      <translation>Handover</translation>
    </message>
  </context>
  <context>
    <name>DialogoContacto</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Correo:</source>
      <translation>Email:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Editar contacto</source>
      <translation>Edit contact</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Enlace técnico</source>
      <translation>Technical liaison</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Guardar</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro programa sigue en la base.</source>
      <translation>Nothing was saved: your changes are still on screen and what the other program saved is still in the database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nombre:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nuevo contacto</source>
      <translation>New contact</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Prensa</source>
      <translation>Press</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Relaciones internacionales</source>
      <translation>International relations</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Rol:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Se recargó el contacto con los datos actuales; sus cambios no se guardaron.</source>
      <translation>The contact was reloaded with the current data; your changes were not saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Secretaría</source>
      <translation>Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Teléfono:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>el contacto</source>
      <translation>the contact</translation>
    </message>
  </context>
  <context>
    <name>DialogoConvocar</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Antes de convocar:</source>
      <translation>Before convening:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Con {0} de anticipación ({1} pide {2}).</source>
      <translation>With {0} of notice ({1} requires {2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Convocada el:</source>
      <translation>Notice given on:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Enlace:</source>
      <translation>Link:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Fecha y hora:</source>
      <translation>Date and time:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Indique el enlace de la reunión virtual.</source>
      <translation>Specify the link of the virtual meeting.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Indique el lugar de la reunión.</source>
      <translation>Specify the meeting venue.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La fecha de la sesión es anterior a la de la convocatoria.</source>
      <translation>The session date is earlier than the notice date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Lugar:</source>
      <translation>Venue:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Mixta</source>
      <translation>Hybrid</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Modalidad:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Nadie integra «{0}» el {1}: revise los mandatos en el área Órganos o elija otra fecha.</source>
      <translation>No one sits on “{0}” on {1}: check the terms of office in the Bodies area or choose another date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Presencial</source>
      <translation>In person</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Puede convocarse igual: la advertencia queda en la convocatoria y en la sesión.</source>
      <translation>You can convene anyway: the warning is kept in the notice of meeting and in the session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Virtual</source>
      <translation>Virtual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>el {0}</source>
      <translation>{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>la regla del órgano</source>
      <translation>the body's rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: Intendencia de Montevideo, Sala Ernesto de los Campos</source>
      <translation>for example: Intendencia de Montevideo, Sala Ernesto de los Campos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: https://meet.example.org/consejo</source>
      <translation>for example: https://meet.example.org/consejo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>será la {0} sesión {1} del órgano</source>
      <translation>will be the body's {0} {1} session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Órgano:</source>
      <translation>Body:</translation>
    </message>
  </context>
  <context>
    <name>DialogoEscala</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>(ninguna)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Agregar tramo</source>
      <translation>Add tier</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Aprobada por:</source>
      <translation>Approved by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Baja en el año:</source>
      <translation>Withdrawal during the year:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cada tramo rige desde esa población (inclusive) hasta la del tramo siguiente. El primero empieza en 0 y el último no tiene tope.</source>
      <translation>Each tier applies from that population (inclusive) up to that of the next tier. The first starts at 0 and the last has no upper limit.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cuota anual</source>
      <translation>Annual fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cuota completa</source>
      <translation>Full fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Cuota de ingreso</source>
      <translation>Admission fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Debe ser mayor que la población del tramo anterior.</source>
      <translation>Must be greater than the population of the previous tier.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Desde el año siguiente</source>
      <translation>From the following year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Desde habitantes</source>
      <translation>From (inhabitants)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>El cargo de quien ingresa durante el año lo cita</source>
      <translation>The charge for a member admitted during the year cites this article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>El cargo prorrateado de quien se va lo cita</source>
      <translation>The prorated charge for a member who withdraws cites this article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Extraordinaria</source>
      <translation>Extraordinary fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Guardar escala</source>
      <translation>Save fee scale</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Hasta el mes de la baja</source>
      <translation>Up to the month of withdrawal</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Importe</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Ingreso en el año:</source>
      <translation>Admission during the year:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>La población que rige ese día de cada año define el tramo</source>
      <translation>The population in effect on that day of each year determines the tier</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>La resolución de la sesión que aprobó la escala</source>
      <translation>The resolution of the session that approved the fee scale</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Moneda:</source>
      <translation>Currency:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>No se guardó la escala</source>
      <translation>The fee scale was not saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>No se guardó la escala:</source>
      <translation>The fee scale was not saved:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Nueva escala de cuotas</source>
      <translation>New fee scale</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Origen</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Población al:</source>
      <translation>Population as of:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Prorrateo por meses</source>
      <translation>Prorated by month</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Quitar tramo</source>
      <translation>Remove tier</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Qué paga el año en que se va un miembro dado de baja durante el año</source>
      <translation>What a member who withdraws during the year pays for that year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Qué paga un miembro admitido durante el año</source>
      <translation>What a member admitted during the year pays</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Reglas</source>
      <translation>Rules</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Resolución:</source>
      <translation>Resolution:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Rige desde:</source>
      <translation>In force from:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Rige hasta:</source>
      <translation>In force until:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Según:</source>
      <translation>According to:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Tipo de cargo:</source>
      <translation>Charge type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Tramo</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Tramos por población</source>
      <translation>Population tiers</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Vencimiento:</source>
      <translation>Due date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>Vigencia</source>
      <translation>Validity</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>artículo que lo dice, por ejemplo: Reglamento de cuotas, art. 3</source>
      <translation>article that says so, for example: Fee regulations, art. 3</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>artículo que lo dice, por ejemplo: Reglamento de cuotas, art. 4</source>
      <translation>article that says so, for example: Fee regulations, art. 4</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>por ejemplo: Asamblea General, Resolución 7/2026</source>
      <translation>for example: General Assembly, Resolution 7/2026</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>por ejemplo: Reglamento de cuotas, art. 3</source>
      <translation>for example: Fee regulations, art. 3</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/escala.py" />
      <source>sin fecha de fin</source>
      <translation>no end date</translation>
    </message>
  </context>
  <context>
    <name>DialogoFeDeErratas</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Corrección:</source>
      <translation>Correction:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Donde dice «…», debe decir «…».</source>
      <translation>Where it reads “…”, it should read “…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba la corrección.</source>
      <translation>Enter the correction.</translation>
    </message>
  </context>
  <context>
    <name>DialogoFichaMiembro</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Autoridad y contactos</source>
      <translation>Authority and contacts</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Cambios sin guardar</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Cuenta</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Datos</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Guardar</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Guardar los datos de la ficha (Ctrl+S)</source>
      <translation>Save the record's details (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Los datos de la ficha tienen cambios sin guardar. ¿Desea guardarlos?</source>
      <translation>The record has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_miembro.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
  </context>
  <context>
    <name>DialogoFormulario</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>DialogoHistoriaMandatos</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cargo</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Corregido el {0}: {1} {2} → {3}. Motivo: {4}</source>
      <translation>Corrected on {0}: {1} {2} → {3}. Reason: {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Filtrar por miembro, persona o país…</source>
      <translation>Filter by member, person or country…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Futuro</source>
      <translation>Future</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Hasta</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Historia de mandatos — {0}</source>
      <translation>Terms of office history — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Persona</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Situación</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Sí</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Terminado</source>
      <translation>Ended</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Vigente</source>
      <translation>Current</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Voto</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>{0} mandatos · {1} con correcciones</source>
      <translation>{0} terms of office · {1} with corrections</translation>
    </message>
  </context>
  <context>
    <name>DialogoInvitado</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Calidad:</source>
      <translation>Capacity:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el nombre del invitado.</source>
      <translation>Enter the guest's name.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Institución:</source>
      <translation>Institution:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Nombre:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>nombre y apellido</source>
      <translation>full name</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: ACNUR, Embajada de Francia</source>
      <translation>for example: UNHCR, Embassy of France</translation>
    </message>
  </context>
  <context>
    <name>DialogoMandato</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cargo:</source>
      <translation>Position:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Con derecho a voto</source>
      <translation>With voting rights</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Desde:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Designar</source>
      <translation>Appoint</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Designar en {0}</source>
      <translation>Appoint to {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Elija el miembro de la lista (escriba parte del nombre y elíjalo).</source>
      <translation>Choose the member from the list (type part of the name and select it).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>En nombre de:</source>
      <translation>On behalf of:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Hasta:</source>
      <translation>To:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Indique el miembro, la persona, o ambos.</source>
      <translation>Specify the member, the person, or both.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Miembro:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Nuevo mandato en «{0}». Indique el miembro, la persona que lo representa, o ambos. Los mandatos no se borran: terminan con fecha.</source>
      <translation>New term of office in “{0}”. Specify the member, the person representing it, or both. Terms of office are never deleted: they end on a date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Persona:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Si ocupa el lugar en representación de otro miembro (por ejemplo, como suplente de otra ciudad).</source>
      <translation>If the seat is held on behalf of another member (for example, as the alternate of another city).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>al cumplir el período ({0} meses)</source>
      <translation>when the period is completed ({0} months)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>nombre y apellido de quien ocupa el lugar</source>
      <translation>full name of the person holding the seat</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>sin fecha de fin</source>
      <translation>no end date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>— de sí mismo —</source>
      <translation>— on its own behalf —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>— sin miembro (solo una persona) —</source>
      <translation>— no member (a person only) —</translation>
    </message>
  </context>
  <context>
    <name>DialogoManual</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>&lt;h2&gt;No se encuentra el manual&lt;/h2&gt;&lt;p&gt;Debería estar en:&lt;br&gt;&lt;code&gt;{0}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Vuelva a instalar Escritorio o consulte a quien le da soporte técnico.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;The manual cannot be found&lt;/h2&gt;&lt;p&gt;It should be at:&lt;br&gt;&lt;code&gt;{0}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Reinstall Escritorio or contact whoever provides your technical support.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Adelante</source>
      <translation>Forward</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Anterior</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Aparición anterior (Mayús+F3)</source>
      <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Aparición siguiente (Enter o F3)</source>
      <translation>Next match (Enter or F3)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Atrás</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Buscar en el manual (Ctrl+F)</source>
      <translation>Search the manual (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Buscar:</source>
      <translation>Find:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Dirección externa (cópiela en un navegador si la necesita): {0}</source>
      <translation>External address (copy it into a browser if you need it): {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Ir a la página siguiente (Alt+Derecha)</source>
      <translation>Go to the next page (Alt+Right)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Manual de uso de Escritorio</source>
      <translation>Escritorio user manual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>No se encontró «{0}» en el manual.</source>
      <translation>“{0}” was not found in the manual.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Se llegó al final del manual y se siguió buscando desde el principio.</source>
      <translation>Reached the end of the manual; the search continued from the beginning.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Se llegó al principio del manual y se siguió buscando desde el final.</source>
      <translation>Reached the beginning of the manual; the search continued from the end.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Siguiente</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Volver a la página anterior (Alt+Izquierda)</source>
      <translation>Go back to the previous page (Alt+Left)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Volver al comienzo del manual, con el índice (Alt+Inicio)</source>
      <translation>Go back to the start of the manual, with the contents (Alt+Home)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/manual.py" />
      <source>Índice</source>
      <translation>Contents</translation>
    </message>
  </context>
  <context>
    <name>DialogoNuevoOrgano</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Agrega la regla de composición «{0}», citada al artículo del órgano. Sin marcar, el órgano se crea sin reglas; se fijan después con «Reglas de composición…».</source>
      <translation>Adds the composition rule “{0}”, citing the body’s article. If unchecked, the body is created without rules; they are set later with “Composition rules…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Atribuciones:</source>
      <translation>Powers:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Crear órgano</source>
      <translation>Create body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Depende de:</source>
      <translation>Reports to:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Escriba el nombre del órgano.</source>
      <translation>Enter the name of the body.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Lo integran {0} (se deriva del padrón)</source>
      <translation>Made up of {0} (derived from the member register)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>No se encuentra ese artículo en el texto vigente (puede guardarse igual).</source>
      <translation>That article is not in the text in force (it can be saved anyway).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Nombre:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Nuevo órgano</source>
      <translation>New body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Se reúne:</source>
      <translation>Meets:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Si lo crea un artículo del estatuto o de un reglamento, cítelo: su texto se mostrará junto al órgano.</source>
      <translation>If it is created by an article of the statutes or of regulations, cite it: its text will be shown alongside the body.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>cada </source>
      <translation>every </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: Comisión de Finanzas</source>
      <translation>for example: Finance Committee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: Estatuto, art. 13</source>
      <translation>for example: Statutes, art. 13</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>qué hace el órgano, según el estatuto</source>
      <translation>what the body does, according to the statutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>sin frecuencia fija</source>
      <translation>no fixed frequency</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>— ninguno (órgano superior) —</source>
      <translation>— none (top-level body) —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>✓ Art. {0}{1}: {2}</source>
      <translation>✓ Art. {0}{1}: {2}</translation>
    </message>
  </context>
  <context>
    <name>DialogoPago</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos a los que se imputó el pago</source>
      <translation>Charges the payment was allocated to</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos en:</source>
      <translation>Charges in:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos pendientes</source>
      <translation>Outstanding charges</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos pendientes: ninguno</source>
      <translation>Outstanding charges: none</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cargos pendientes: {0} por {1}</source>
      <translation>Outstanding charges: {0}, totaling {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Completa el monto con el saldo pendiente del miembro</source>
      <translation>Fills in the amount with the member's outstanding balance</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Concepto</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>El miembro debe cargos en más de una moneda: elija a cuáles se imputa este pago</source>
      <translation>The member owes charges in more than one currency: choose which ones this payment is allocated to</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>El miembro no tiene cargos pendientes: todo el pago queda a su favor y cubrirá sus próximas cuotas.</source>
      <translation>The member has no outstanding charges: the whole payment remains as credit in its favor and will cover its next fees.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Elija el miembro para ver sus cargos pendientes.</source>
      <translation>Choose the member to see its outstanding charges.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Escriba cuánto de este pago va a este cargo</source>
      <translation>Enter how much of this payment goes to this charge</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Escriba el monto para ver cómo se imputa.</source>
      <translation>Enter the amount to see how it is allocated.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Fecha:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Guarda el recibo en PDF donde usted elija (para enviarlo)</source>
      <translation>Saves the PDF receipt wherever you choose (to send it)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Guardar recibo…</source>
      <translation>Save receipt…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Importe</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputación prevista</source>
      <translation>Planned allocation</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputado a mano: {0}.</source>
      <translation>Allocated manually: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputar</source>
      <translation>Allocate</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputar a mano: un importe por cargo</source>
      <translation>Allocate manually: one amount per charge</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Imputar automáticamente (del más viejo al más nuevo)</source>
      <translation>Allocate automatically (oldest first)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Medio:</source>
      <translation>Payment method:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Miembro:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Monto:</source>
      <translation>Amount:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Muestra el recibo en PDF dentro del programa; desde ahí se imprime o se guarda</source>
      <translation>Shows the PDF receipt inside the program; from there you can print or save it</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>No se registró el pago:</source>
      <translation>The payment was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Pagado</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Quedan {0} a favor del miembro.</source>
      <translation>{0} remains as credit in the member's favor.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Referencia:</source>
      <translation>Reference:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Registrar pago</source>
      <translation>Record payment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Revise la imputación: {0}</source>
      <translation>Check the allocation: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Se imputa {0} a 1 cargo, del más viejo al más nuevo.</source>
      <translation>{0} is allocated to 1 charge, oldest first.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Se imputan {0} a {1} cargos, del más viejo al más nuevo.</source>
      <translation>{0} is allocated to {1} charges, oldest first.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Tipo de cambio:</source>
      <translation>Exchange rate:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Todo lo pendiente</source>
      <translation>All outstanding</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Vence</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Vencido</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Ver e imprimir el recibo…</source>
      <translation>View and print the receipt…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>equivale a {0}</source>
      <translation>equivalent to {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>número de transferencia, depósito o cheque</source>
      <translation>transfer, deposit or check number</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>por ejemplo 1400</source>
      <translation>for example 1400</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>{0} por 1 {1}</source>
      <translation>{0} per 1 {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>✔ {0}.</source>
      <translation>✔ {0}.</translation>
    </message>
  </context>
  <context>
    <name>DialogoPeriodo</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Guardar</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Período del mandato — {0}</source>
      <translation>Term of office period — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Un mandato dura:</source>
      <translation>A term of office lasts:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Una designación sin fecha de fin termina al cumplir el período; un traspaso antes de que el saliente lo cumpla pide un motivo; los mandatos que vencen en los próximos 60 días se avisan.</source>
      <translation>An appointment with no end date ends when the period is completed; a handover before the outgoing holder completes it requires a reason; terms of office expiring in the next 60 days are flagged.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: Estatuto, art. 15</source>
      <translation>for example: Statutes, art. 15</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>sin período fijo</source>
      <translation>no fixed period</translation>
    </message>
  </context>
  <context>
    <name>DialogoPunto</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar y seguir</source>
      <translation>Add and continue</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Decisión:</source>
      <translation>Decision:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Dentro de:</source>
      <translation>Under:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El tipo de decisión fija el quórum y la mayoría de la votación, según las reglas de sesión del órgano (por ejemplo, reformar el estatuto pide dos tercios).</source>
      <translation>The type of decision sets the quorum and the majority for the vote, according to the body's session rules (for example, amending the statutes requires two-thirds).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El órgano no tiene reglas de sesión cargadas: {0}</source>
      <translation>The body has no session rules entered: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el título del punto.</source>
      <translation>Enter the title of the item.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Se vota con: {0}</source>
      <translation>Voting rule: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Se vota: aparecerá en la pestaña Votaciones.</source>
      <translation>Put to a vote: it will appear in the Votes tab.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Sin votación: se registra el resumen de lo tratado.</source>
      <translation>No vote: a summary of the discussion is recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Título:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: Aprobación del presupuesto 2027</source>
      <translation>for example: Approval of the 2027 budget</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>✓ Agregado: {0}</source>
      <translation>✓ Added: {0}</translation>
    </message>
  </context>
  <context>
    <name>DialogoReforma</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>(deja de regir{0})</source>
      <translation>(ceases to be in force{0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>(ninguna: una reforma anterior, sin resolución en el registro)</source>
      <translation>(none: an earlier amendment, with no resolution in the records)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>1 artículo en la reforma</source>
      <translation>1 article in the amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Actualizar en la reforma</source>
      <translation>Update in the amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Adoptada por:</source>
      <translation>Adopted by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Agrega</source>
      <translation>Adds</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Agregar a la reforma</source>
      <translation>Add to the amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Agregue a la reforma cada artículo que cambia, se agrega o se deroga. Nada se sobrescribe: el texto anterior sigue consultable en su fecha.</source>
      <translation>Add to the amendment each article that changes, is added or is repealed. Nothing is overwritten: the previous text can still be consulted as of its date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Aprobada por:</source>
      <translation>Approved by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Art.</source>
      <translation>Art.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Artículo</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Cambio</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Cambios de esta reforma</source>
      <translation>Changes in this amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Deroga</source>
      <translation>Repeals</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Derogar</source>
      <translation>Repeal</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Descripción:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El artículo {0} dejará de regir desde el {1}.</source>
      <translation>Article {0} will cease to be in force as of {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El artículo {0} no rige el {1}: se agregará como artículo nuevo.</source>
      <translation>Article {0} is not in force on {1}: it will be added as a new article.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El artículo {0} quedaría sin texto; para quitarlo, elija «Derogar».</source>
      <translation>Article {0} would be left without text; to remove it, choose “Repeal”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>El texto del artículo {0} es igual al vigente: no hay nada que reformar.</source>
      <translation>The text of article {0} is the same as the one in force: there is nothing to amend.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Elija un artículo vigente o escriba el número de uno nuevo.</source>
      <translation>Choose an article in force or enter the number of a new one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>La reforma deroga {0}. ¿Registrarla?</source>
      <translation>The amendment repeals {0}. Record it?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>La reforma no cambia ningún artículo: agregue al menos uno.</source>
      <translation>The amendment does not change any article: add at least one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>La resolución de la sesión que adoptó la reforma</source>
      <translation>The resolution of the session that adopted the amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Modifica</source>
      <translation>Amends</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>No se registró la reforma:</source>
      <translation>The amendment was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Nuevo texto</source>
      <translation>New text</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Quitar de la reforma</source>
      <translation>Remove from the amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Reforma de los artículos {0} y {1}</source>
      <translation>Amendment of articles {0} and {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Reforma del artículo {0}</source>
      <translation>Amendment of article {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Reforma — {0}</source>
      <translation>Amendment — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Registrar reforma</source>
      <translation>Record amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Rige desde el {0}{1}. Edite el texto: la reforma lo reemplaza desde el {2}.</source>
      <translation>In force since {0}{1}. Edit the text: the amendment replaces it as of {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Texto completo del artículo tal como quedará.</source>
      <translation>Full text of the article as it will read.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Texto nuevo</source>
      <translation>New text</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Todavía no hay cambios.</source>
      <translation>No changes yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Título:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Vigente desde:</source>
      <translation>In force from:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>Volver al texto vigente</source>
      <translation>Revert to the text in force</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>el artículo {0}</source>
      <translation>article {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>los artículos {0}</source>
      <translation>articles {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>número, p. ej. 13 o 14 bis</source>
      <translation>number, e.g. 13 or 14 bis</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>por ejemplo: Asamblea General, Resolución 12/2019</source>
      <translation>for example: General Assembly, Resolution 12/2019</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>por ejemplo: Reforma del artículo 13</source>
      <translation>for example: Amendment of article 13</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>título del artículo (opcional)</source>
      <translation>article title (optional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>{0} artículos en la reforma</source>
      <translation>{0} articles in the amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reforma.py" />
      <source>«{0}» no es un número de artículo (ejemplos: 14, 14 bis).</source>
      <translation>“{0}” is not an article number (examples: 14, 14 bis).</translation>
    </message>
  </context>
  <context>
    <name>DialogoReglaVoto</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> % de la cuota</source>
      <translation> % of the fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> cuotas anuales vencidas</source>
      <translation> overdue annual fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> unidad de la moneda</source>
      <translation> currency unit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source> unidades de la moneda</source>
      <translation> currency units</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Artículo de la tolerancia:</source>
      <translation>Tolerance article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Guardar</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>La regla rige para la morosidad, el derecho a voto y el quórum de las sesiones de cada órgano que la aplica (en sus reglas de sesión; lo habitual). Una cuota con un saldo dentro de la tolerancia (la mayor de las dos) no cuenta como impaga para suspender el voto; el saldo sigue siendo deuda.</source>
      <translation>The rule applies to arrears, voting rights and the quorum of the sessions of each body that applies it (in its session rules; the usual case). A fee with a balance within the tolerance (the larger of the two) does not count as unpaid for suspending the vote; the balance is still owed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Las cuotas impagas suspenden el derecho a voto</source>
      <translation>Unpaid fees suspend voting rights</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Regla de suspensión del voto</source>
      <translation>Vote suspension rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Se suspende con:</source>
      <translation>Suspended after:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Tolerancia: hasta</source>
      <translation>Tolerance: up to</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>o hasta</source>
      <translation>or up to</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>por ejemplo: Estatuto, art. 9</source>
      <translation>for example: Statutes, art. 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>por ejemplo: Reglamento de cuotas, art. 5</source>
      <translation>for example: Fee regulations, art. 5</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>sin tolerancia por importe</source>
      <translation>no tolerance by amount</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>sin tolerancia por porcentaje</source>
      <translation>no tolerance by percentage</translation>
    </message>
  </context>
  <context>
    <name>DialogoReglasComposicion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source> puestos</source>
      <translation> seats</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Agregar regla</source>
      <translation>Add rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Agregar una regla</source>
      <translation>Add a rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Artículo</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Cita el texto al:</source>
      <translation>Cites the text as of:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Cuántas ciudades electas puede tener cada país, según su categoría (0: ninguna):</source>
      <translation>How many elected cities each country may have, according to its category (0: none):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Detalle</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Hoy lo integran {0}.</source>
      <translation>Members today: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Hoy no lo integra nadie.</source>
      <translation>Today no one sits on it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La fecha del texto del artículo que la regla cita: si el artículo se reforma después, la regla queda marcada para revisarla.</source>
      <translation>The date of the article text that the rule cites: if the article is amended later, the rule is flagged for review.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La integran la Secretaría Ejecutiva anterior, la actual y la siguiente (por el orden de sucesión).</source>
      <translation>Made up of the previous, current and next Executive Secretariat (by order of succession).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La integran quienes se designan con «Designar…»; la regla solo lo deja dicho, citado a su artículo.</source>
      <translation>Made up of those appointed with “Appoint…”; the rule only records this, citing its article.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>La integran todos los miembros activos en cada fecha: se deriva del padrón, sin designar a nadie.</source>
      <translation>Made up of all active members on each date: derived from the member register, without appointing anyone.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>N.º</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Preside quien ejerce:</source>
      <translation>Chaired by whoever holds:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Quitar la regla elegida…</source>
      <translation>Remove the selected rule…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Quitar regla</source>
      <translation>Remove rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Quién integra «{0}» en cada fecha y qué se avisa cuando no se cumple: los mandatos designados más lo que digan estas reglas. Cite el artículo que fija cada una.</source>
      <translation>Who sits on “{0}” on each date and what is flagged when it is not met: the appointed terms of office plus whatever these rules say. Cite the article that sets each one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla {0} agregada: {1}.</source>
      <translation>Rule {0} added: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla {0} quitada: {1}.</source>
      <translation>Rule {0} removed: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Regla:</source>
      <translation>Rule:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Reglas de composición — {0}</source>
      <translation>Composition rules — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Se sientan por su cargo quienes integran los órganos de estos tipos:</source>
      <translation>Members of bodies of these types sit by virtue of their position:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>Texto al</source>
      <translation>Text as of</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>integrantes, ni más ni menos</source>
      <translation>for members, no more and no less</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>por ejemplo: Estatuto, art. 13</source>
      <translation>for example: Statutes, art. 13</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>quien ejerce la {0}</source>
      <translation>whoever holds the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>{0} por país {1}</source>
      <translation>{0} per {1} country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>{0} puestos</source>
      <translation>{0} seats</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>¿Quitar la regla {0} «{1}»{2} de {3}? La composición dejará de aplicarla en todas las fechas (la bitácora guarda lo que decía).</source>
      <translation>Remove rule {0} “{1}”{2} from {3}? The composition will stop applying it on all dates (the audit log keeps what it said).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>… y {0} avisos más (ver la composición).</source>
      <translation>… and {0} more warnings (see the composition).</translation>
    </message>
  </context>
  <context>
    <name>DialogoReglasSesion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source> días</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>0 = no se admiten poderes</source>
      <translation>0 = no proxies allowed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Aplicar la suspensión del voto por cuotas impagas (se fija en Cuotas › Morosidad)</source>
      <translation>Apply the suspension of the vote for unpaid fees (set in Fees › Arrears)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo de la mayoría</source>
      <translation>Majority article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo de los poderes:</source>
      <translation>Proxy article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo del quórum</source>
      <translation>Quorum article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Asistencia y convocatoria</source>
      <translation>Attendance and notice of meeting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Base</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cuántos miembros ausentes puede representar cada presente (0: no se admiten poderes).</source>
      <translation>How many absent members each member present may represent (0: no proxies allowed).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cómo sesiona «{0}»: el quórum que se verifica al tomar asistencia, la mayoría que pide cada tipo de decisión, los poderes que puede llevar cada miembro, si las cuotas impagas quitan el voto y con cuánta anticipación se convoca. Cite el artículo que lo establece: la cita aparece en la convocatoria y en las actas.</source>
      <translation>How “{0}” holds its sessions: the quorum checked when taking attendance, the majority each type of decision requires, the proxies each member may carry, whether unpaid fees take away the vote, and how far in advance meetings are convened. Cite the article that establishes it: the citation appears in the notice of meeting and in the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Decisión</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Días de anticipación de la convocatoria:</source>
      <translation>Days of advance notice:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>El órgano no tiene reglas guardadas: rigen la mitad más uno y la mayoría simple.</source>
      <translation>The body has no saved rules: half plus one and a simple majority apply.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Guardar</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Mayoría</source>
      <translation>Majority</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Máximo de poderes por miembro:</source>
      <translation>Maximum proxies per member:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>No se guardó nada.</source>
      <translation>Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Quien debe las cuotas que suspenden el voto según la regla de Cuotas › Morosidad no vota ni cuenta para el quórum en las sesiones de este órgano. Si los estatutos no suspenden el voto, nadie lo pierde.</source>
      <translation>Whoever owes the fees that suspend the vote under the rule in Fees › Arrears does not vote or count toward the quorum in this body's sessions. If the statutes do not suspend the vote, nobody loses it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Quórum</source>
      <translation>Quorum</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Quórum general (ordinaria)</source>
      <translation>General quorum (ordinary)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Quórum y mayoría por tipo de decisión</source>
      <translation>Quorum and majority by type of decision</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Reglas de sesión — {0}</source>
      <translation>Session rules — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Rige para todas las sesiones y decisiones que no tengan quórum propio.</source>
      <translation>Applies to all sessions and decisions that have no quorum of their own.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Rigen desde:</source>
      <translation>In force from:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se recargaron las reglas actuales; sus cambios no se guardaron.</source>
      <translation>The current rules were reloaded; your changes were not saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sin exigencia</source>
      <translation>No requirement</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sin fecha: rigen para todas las sesiones que no tengan una versión posterior.</source>
      <translation>No date: they apply to all sessions not covered by a later version.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sin máximo</source>
      <translation>No maximum</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Sus cambios siguen en pantalla y las reglas que guardó el otro programa siguen en la base. Revise y guarde de nuevo si corresponde.</source>
      <translation>Your changes are still on screen and the rules saved by the other program are still in the database. Review them and save again if appropriate.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Versiones guardadas: {0}. Se muestra la última. Guardar con otra fecha crea una versión nueva: las sesiones anteriores a esa fecha se siguen juzgando con la versión vieja.</source>
      <translation>Saved versions: {0}. The latest one is shown. Saving with a different date creates a new version: sessions before that date are still judged by the old version.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>desde el {0}</source>
      <translation>from {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>desde siempre</source>
      <translation>from the beginning</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>las reglas de sesión de «{0}»</source>
      <translation>the session rules of “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>mayoría: la ordinaria</source>
      <translation>majority: the ordinary one</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>por ejemplo: Estatuto, art. 18</source>
      <translation>for example: Statutes, art. 18</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>por ejemplo: Estatuto, art. 21</source>
      <translation>for example: Statutes, art. 21</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>quórum general</source>
      <translation>general quorum</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>quórum propio: {0}</source>
      <translation>specific quorum: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>según</source>
      <translation>per</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>«el ordinario» / «la ordinaria»: rige la regla de las decisiones ordinarias. La mayoría simple es más votos a favor que en contra (sin base: los votos emitidos).</source>
      <translation>“ordinary”: the rule for ordinary decisions applies. A simple majority is more votes in favour than against (no basis to choose: the votes cast are counted).</translation>
    </message>
  </context>
  <context>
    <name>DialogoRepresentacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Cargo:</source>
      <translation>Position:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el nombre del representante (o borre el cargo).</source>
      <translation>Enter the representative’s name (or clear the position).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Representante:</source>
      <translation>Representative:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>nombre y apellido del representante</source>
      <translation>representative’s first and last name</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>por ejemplo: Director de Relaciones Internacionales</source>
      <translation>for example: Director of International Relations</translation>
    </message>
  </context>
  <context>
    <name>DialogoResolucion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Admite a:</source>
      <translation>Admits:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Admite a: {0}</source>
      <translation>Admits: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Buscar por nombre o país</source>
      <translation>Search by name or country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Escriba el título de la resolución.</source>
      <translation>Enter the title of the resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Excluye a:</source>
      <translation>Expels:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Excluye a: {0}</source>
      <translation>Expels: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Ninguno marcado: la resolución no admite ni excluye a nadie.</source>
      <translation>None checked: the resolution neither admits nor expels anyone.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>No hay ciudades solicitantes. Registre la solicitud en Miembros › «Solicitud de ingreso…».</source>
      <translation>There are no applicant cities. Record the application in Members › “Membership application…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>No hay miembros para excluir.</source>
      <translation>There are no members to expel.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Por omisión, el día siguiente a la sesión.</source>
      <translation>By default, the day after the session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Punto:</source>
      <translation>Item:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Quien se admite no integra la sesión que lo admite.</source>
      <translation>A member being admitted does not sit in the session that admits it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Quien se excluye integró la sesión que lo excluye.</source>
      <translation>A member being expelled sat in the session that expels it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Rige desde:</source>
      <translation>In force from:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Texto:</source>
      <translation>Text:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Título:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Visto… Considerando… Por ello, se resuelve: Artículo 1.º…</source>
      <translation>Having seen… Considering… It is therefore resolved: Article 1…</translation>
    </message>
  </context>
  <context>
    <name>DialogoRespaldos</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>

Es una COPIA DE SEGURIDAD: guarda la base como estaba antes de restaurar o de actualizar. Si la borra, ese estado ya no estará en ningún archivo.</source>
      <translation>

This is a SAFETY BACKUP: it keeps the database as it was before a restore or an update. If you delete it, that state will no longer exist in any file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source> (por su nombre)</source>
      <translation> (by its name)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source> (sin identidad: versión anterior)</source>
      <translation> (no identity: earlier version)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>&lt;b&gt;Otros archivos de la carpeta: de OTRA base o sin identificar.&lt;/b&gt; No se usan para recuperar esta base; restaurar uno reemplazaría esta base por otra.</source>
      <translation>&lt;b&gt;Other files in the folder: from ANOTHER database or unidentified.&lt;/b&gt; They are not used to recover this database; restoring one would replace this database with a different one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>ALTERADO — no usar</source>
      <translation>ALTERED — do not use</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Archivo</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Automático al abrir</source>
      <translation>Automatic on opening</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Automático al cerrar</source>
      <translation>Automatic on closing</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Borrar respaldo</source>
      <translation>Delete backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Borrar…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Contenido</source>
      <translation>Contents</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Copia antes de actualizar</source>
      <translation>Copy before update</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Copia antes de restaurar</source>
      <translation>Copy before restore</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Elija el respaldo a restaurar. Antes de reemplazar la base, Escritorio guarda una copia de la actual en la carpeta «respaldos»: no se pierde nada. Las copias de seguridad (antes de restaurar, antes de actualizar) y los respaldos manuales nunca se borran solos.</source>
      <translation>Choose the backup to restore. Before replacing the database, Escritorio saves a copy of the current one in the “respaldos” folder: nothing is lost. Safety backups (before restore, before update) and manual backups are never deleted automatically.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Fecha</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Integridad</source>
      <translation>Integrity</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Manual</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Motivo</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Otro</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Otro archivo…</source>
      <translation>Other file…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo de Escritorio (*.db);;Todos los archivos (*)</source>
      <translation>Escritorio backup (*.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar respaldo</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar un respaldo</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Sin huella</source>
      <translation>No fingerprint</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Tamaño</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Todavía no hay respaldos de esta base en la carpeta «respaldos».</source>
      <translation>There are no backups of this database in the “respaldos” folder yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Verificado</source>
      <translation>Verified</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>no se puede leer</source>
      <translation>cannot be read</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>¿Borrar definitivamente el respaldo
{0}
({1})?{2}</source>
      <translation>Permanently delete the backup
{0}
({1})?{2}</translation>
    </message>
  </context>
  <context>
    <name>DialogoSolicitud</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>(optativa)</source>
      <translation>(optional)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Elija un país…</source>
      <translation>Choose a country…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Fecha de la solicitud:</source>
      <translation>Application date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Nombre:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>País:</source>
      <translation>Country:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Población:</source>
      <translation>Population:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>aaaa</source>
      <translation>yyyy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>habitantes en</source>
      <translation>inhabitants in</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>nombre de la ciudad</source>
      <translation>city name</translation>
    </message>
  </context>
  <context>
    <name>DialogoTerminarMandato</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>El mandato termina en la fecha indicada (último día en el cargo). No se borra: queda en la historia del órgano con su motivo.</source>
      <translation>The term of office ends on the date given (last day in the position). It is not deleted: it remains in the body’s history with its reason.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Motivo:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Terminar mandato</source>
      <translation>End term of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>por ejemplo: Renuncia, Fin del período, Cambio de autoridad local</source>
      <translation>for example: Resignation, End of period, Change of local authority</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Último día:</source>
      <translation>Last day:</translation>
    </message>
  </context>
  <context>
    <name>DialogoTraspaso</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>&lt;b&gt;Lo que cambiará:&lt;/b&gt;</source>
      <translation>&lt;b&gt;What will change:&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Ciudad entrante:</source>
      <translation>Incoming city:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Confirmar traspaso</source>
      <translation>Confirm handover</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>El mandato de la Secretaría Ejecutiva saliente termina el día anterior al traspaso, empieza el de la entrante y la Comisión Directiva se rehace con la anterior, la actual y la siguiente. Todo o nada.</source>
      <translation>The outgoing Executive Secretariat’s term ends the day before the handover, the incoming one’s begins, and the Executive Board is re-formed with the previous, current and next ones. All or nothing.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Fecha del traspaso:</source>
      <translation>Handover date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Motivo del traspaso anticipado:</source>
      <translation>Reason for the early handover:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Traspaso de la Secretaría Ejecutiva</source>
      <translation>Handover of the Executive Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>por ejemplo: renuncia de la ciudad en ejercicio</source>
      <translation>for example: resignation of the incumbent city</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>— la siguiente según el orden de sucesión —</source>
      <translation>— the next in the order of succession —</translation>
    </message>
  </context>
  <context>
    <name>DialogoVerificarBase</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>AVISO: {0}</source>
      <translation>WARNING: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Faltan cambios que vio el testigo (copia puesta a mano)</source>
      <translation>Changes seen by the witness file are missing (copy put in place by hand)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Incidente {0} ({1})</source>
      <translation>Incident {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>La base de datos está sana.</source>
      <translation>The database is healthy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>La base tiene {0} problema(s): cada uno dice qué hacer.</source>
      <translation>The database has {0} problem(s): each one says what to do.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>PROBLEMA: {0}</source>
      <translation>PROBLEM: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Por qué: qué pasó y quién lo sabe (queda en la bitácora)</source>
      <translation>Why: what happened and who knows about it (it stays in the audit log)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Reconocer</source>
      <translation>Acknowledge</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Un incidente es algo que otro programa, no Escritorio, escribió en la base; una alarma del testigo, que faltan cambios que ya se habían guardado (por ejemplo, alguien copió a mano un respaldo viejo). Se informan cada vez hasta que una persona los explica; la explicación queda en la bitácora.</source>
      <translation>An incident is something another program, not Escritorio, wrote into the database; a witness alarm means changes that had already been saved are missing (for example, someone copied an old backup by hand). They are reported every time until a person explains them; the explanation stays in the audit log.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_base.py" />
      <source>Verificar la base</source>
      <translation>Check the database</translation>
    </message>
  </context>
  <context>
    <name>DialogoVerificarDocumento</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Aquí aparece qué es el documento según la base y por qué.</source>
      <translation>This shows what the document is according to the database, and why.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Compruebe contra esta base de datos si un documento que emitió Escritorio (un acta, una resolución, un recibo, una convocatoria, un aviso de cobro, el padrón…) es auténtico y sigue vigente: Escritorio lee el código de verificación del PDF y nunca confía en lo que el archivo dice de sí mismo.</source>
      <translation>Check against this database whether a document issued by Escritorio (minutes, a resolution, a receipt, a notice of meeting, a payment reminder, the member register…) is authentic and still current: Escritorio reads the verification code in the PDF and never trusts what the file says about itself.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Documento PDF (*.pdf);;Todos los archivos (*)</source>
      <translation>PDF document (*.pdf);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Elegir el documento a verificar</source>
      <translation>Choose the document to verify</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Elegir un PDF…</source>
      <translation>Choose a PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>No se pudo verificar «{0}»</source>
      <translation>Could not verify “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Suelte aquí el PDF del documento</source>
      <translation>Drop the document’s PDF here</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificado: {0}
Suelte otro PDF para verificarlo</source>
      <translation>Verified: {0}
Drop another PDF to verify it</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificando {0}…</source>
      <translation>Verifying {0}…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificar el código</source>
      <translation>Verify the code</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>Verificar un documento</source>
      <translation>Verify a document</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/verificar_documento.py" />
      <source>o escriba el código del papel (XXXX-XXXX-XXXX) o la dirección de su QR</source>
      <translation>or type the code printed on paper (XXXX-XXXX-XXXX) or the address in its QR code</translation>
    </message>
  </context>
  <context>
    <name>DialogoVistaPrevia</name>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Abrir el PDF en el programa de PDF de este equipo</source>
      <translation>Open the PDF in this computer's PDF program</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Abrir en el visor del sistema</source>
      <translation>Open in the system viewer</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Acercar (Ctrl++)</source>
      <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Ajustar al ancho</source>
      <translation>Fit to width</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Alejar (Ctrl+−)</source>
      <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Cancelado: no se guardó el archivo.</source>
      <translation>Canceled: the file was not saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Documento PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Elegir la impresora y las páginas, e imprimir (Ctrl+P)</source>
      <translation>Choose the printer and the pages, and print (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Este equipo no tiene un programa para abrir PDF: imprímalo o guárdelo desde aquí.</source>
      <translation>This computer has no program to open PDFs: print or save it from here.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Guardado en {0}</source>
      <translation>Saved to {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Guardar como</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Guardar como…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Guardar el PDF donde usted elija, para enviarlo o archivarlo (Ctrl+S)</source>
      <translation>Save the PDF wherever you choose, to send or file it (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Imprimir…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Página {0} de {1}</source>
      <translation>Page {0} of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Se mandaron {0} hojas a «{1}».</source>
      <translation>{0} sheets were sent to “{1}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Se mandó 1 hoja a «{1}».</source>
      <translation>1 sheet was sent to “{1}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/vista_previa.py" />
      <source>Se pidió al sistema abrirlo en su visor de PDF. Si no aparece, imprímalo o guárdelo desde aquí.</source>
      <translation>The system was asked to open it in its PDF viewer. If it does not appear, print or save it from here.</translation>
    </message>
  </context>
  <context>
    <name>EditorDeHora</name>
    <message>
      <location filename="../../escritorio/interfaz/piezas/hora.py" />
      <source>Escriba la hora: 1830, 18:30 o 9 (las 9:00). Flechas arriba y abajo: la cambian.</source>
      <translation>Type the time: 1830, 18:30 or 9 (9:00). Up and down arrows change it.</translation>
    </message>
  </context>
  <context>
    <name>EditorRegla</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source> minutos</source>
      <translation> minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Denominador: de cuántas partes</source>
      <translation>Denominator: out of how many parts</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Fracción:</source>
      <translation>Fraction:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La fracción, redondeada hacia abajo, más uno (como en «la mitad más uno»)</source>
      <translation>The fraction, rounded down, plus one (as in “half plus one”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Numerador: cuántas partes</source>
      <translation>Numerator: how many parts</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Otra fracción…</source>
      <translation>Other fraction…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se cuenta sobre:</source>
      <translation>Counted over:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Segunda convocatoria:</source>
      <translation>Second call:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>con los presentes, pasados</source>
      <translation>with those present, after</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>dos tercios</source>
      <translation>two-thirds</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad</source>
      <translation>half</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad más uno</source>
      <translation>half plus one</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>más uno</source>
      <translation>plus one</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>por ejemplo: Estatuto, art. 19</source>
      <translation>for example: Statutes, art. 19</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>tres cuartos</source>
      <translation>three-quarters</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>un tercio</source>
      <translation>one-third</translation>
    </message>
  </context>
  <context>
    <name>EditorSesion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source> (segunda vuelta por {0})</source>
      <translation> (runoff for {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source> Está firmada.</source>
      <translation> They are signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>&lt;b&gt;Acta aprobada por {0} el {1}.&lt;/b&gt;{2} El registro de esta sesión ya no se modifica (orden del día, asistencia, votaciones y texto). Las correcciones van en una fe de erratas.</source>
      <translation>&lt;b&gt;Minutes approved by {0} on {1}.&lt;/b&gt;{2} The record of this session can no longer be changed (agenda, attendance, votes and text). Corrections go in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta (PDF)…</source>
      <translation>Minutes (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta — {0}</source>
      <translation>Minutes — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Acta: {0}</source>
      <translation>Minutes: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Asistencia</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Asistencia ({0}/{1})</source>
      <translation>Attendance ({0}/{1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Asistencia y votaciones (Excel)…</source>
      <translation>Attendance and votes (Excel)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Confirmada: {0}</source>
      <translation>Confirmed: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Confirmadas: {0} de {1}</source>
      <translation>Confirmed: {0} of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Convocatoria (PDF)…</source>
      <translation>Notice of meeting (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Detalles</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Documentos</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Electa: {0}</source>
      <translation>Elected: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Electas: {0} de {1}</source>
      <translation>Elected: {0} of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Exportar asistencia y votaciones</source>
      <translation>Export attendance and votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Guardar la resolución en PDF</source>
      <translation>Save the resolution as PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Hora de cierre y, si corresponde, segunda convocatoria</source>
      <translation>Closing time and, if applicable, second call</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Imprimir el acta</source>
      <translation>Print the minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Imprimir la convocatoria</source>
      <translation>Print the notice of meeting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>La fecha y el lugar, los avisos y los botones «Sesión celebrada…» y «Documentos»</source>
      <translation>The date and place, the notices and the “Session held…” and “Documents” buttons</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Orden del día</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Orden del día ({0})</source>
      <translation>Agenda ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Para el quórum: {0} de {1} ({2}).</source>
      <translation>Toward the quorum: {0} of {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Quórum ✓ {0}/{1}</source>
      <translation>Quorum ✓ {0}/{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Sesión celebrada…</source>
      <translation>Session held…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Sin candidatura electa</source>
      <translation>No candidacy elected</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Sin quórum {0}/{1}</source>
      <translation>No quorum {0}/{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Volver a la lista de sesiones</source>
      <translation>Back to the list of sessions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Votaciones</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Votaciones ({0}/{1})</source>
      <translation>Votes ({0}/{1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>Votación cerrada</source>
      <translation>Vote closed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>cerró a las {0}</source>
      <translation>closed at {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>convocada el {0}</source>
      <translation>convened on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>{0} presentes</source>
      <translation>{0} present</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>{0} presentes y {1} por poder</source>
      <translation>{0} present and {1} by proxy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>← Sesiones</source>
      <translation>← Sessions</translation>
    </message>
  </context>
  <context>
    <name>Escritorio</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>

Después de restaurarlo, esta base será aquella.</source>
      <translation>

After restoring it, this database will become that one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>

¿Continuar?</source>
      <translation>

Continue?</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source> (asociación {0}, {1} miembros)</source>
      <translation> (association {0}, {1} members)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source> (de 1900 a {0})</source>
      <translation> (from 1900 to {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source> (dice «{0}»)</source>
      <translation> (it says “{0}”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source> (en la columna «{0}»)</source>
      <translation> (in the “{0}” column)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (la declara quien firma)</source>
      <translation> (declared by the signer)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source> (línea {0})</source>
      <translation> (line {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (sello de tiempo)</source>
      <translation> (timestamp)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source> (sesión del {0})</source>
      <translation> (session of {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source> (sin asociaciones)</source>
      <translation> (no associations)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source> (ya figura como retirado)</source>
      <translation> (it is already listed as withdrawn)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source> Nº {0}</source>
      <translation> No. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <source> al {0}</source>
      <translation> to {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source> en {0}</source>
      <translation> in {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source> mes</source>
      <translation> month</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source> meses</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source> o </source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> · largo plazo</source>
      <translation> · long term</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>&amp;Idioma de la ventana</source>
      <translation>&amp;Interface language</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/recientes.py" />
      <source>&amp;Limpiar la lista</source>
      <translation>&amp;Clear the list</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>&amp;Llevar una sesión de viaje…</source>
      <translation>&amp;Take a session on a trip…</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>(baja {0})</source>
      <translation>(withdrawal {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>(columnas ignoradas: {0})</source>
      <translation>(ignored columns: {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>(el quórum ordinario)</source>
      <translation>(the ordinary quorum)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>(la mayoría ordinaria)</source>
      <translation>(the ordinary majority)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>(la regla del órgano)</source>
      <translation>(the body’s rule)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>(ninguno)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>(no encontrada)</source>
      <translation>(not found)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>(ocupado por {0} en su nombre)</source>
      <translation>(held by {0} on its behalf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>(se muestran los primeros {0})</source>
      <translation>(showing the first {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>(sin dato)</source>
      <translation>(no data)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>(sin nombre)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>(sin sellar)</source>
      <translation>(unsealed)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/conflictos.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>(vacío)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>({0} de {1})</source>
      <translation>({0} of {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>({0}; están en la hoja {1})</source>
      <translation>({0}; they are on the {1} sheet)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>, hasta el {0}</source>
      <translation>, until {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>, valor «{0}»</source>
      <translation>, value “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>, {0} con importe distinto al emitido (no se modifican)</source>
      <translation>, {0} with an amount different from the one issued (they are not changed)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>1 a 90 días</source>
      <translation>1 to 90 days</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <source>1 cuota anual impaga suspende el voto{0}</source>
      <translation>1 unpaid annual fee suspends the vote{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>1 día</source>
      <translation>1 day</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>1 mandato empieza después y no se modifica</source>
      <translation>1 term of office starts later and is not changed</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>1 miembro dado de baja no se cuenta</source>
      <translation>1 withdrawn member is not counted</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>1 miembro existente cambia</source>
      <translation>1 existing member changes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>1 miembro nuevo</source>
      <translation>1 new member</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <source>1 puesto</source>
      <translation>1 seat</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>1 tramo: {0}</source>
      <translation>1 tier: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>1 voto</source>
      <translation>1 vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>1 ya electa para el período</source>
      <translation>1 already elected for the period</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>181 a 365 días</source>
      <translation>181 to 365 days</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>91 a 180 días</source>
      <translation>91 to 180 days</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <source>: </source>
      <translation>: </translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>; queda {0} a favor del miembro</source>
      <translation>; {0} remains as credit in the member’s favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>&lt;b&gt;Modo portátil&lt;/b&gt;: los datos y los ajustes viajan con el programa, en {0}</source>
      <translation>&lt;b&gt;Portable mode&lt;/b&gt;: data and settings travel with the program, in {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>&lt;b&gt;Sobrescribir&lt;/b&gt;: guarda lo suyo y reemplaza esos cambios.&lt;br&gt;&lt;b&gt;Recargar&lt;/b&gt;: muestra los datos actuales; lo que usted escribió se descarta.&lt;br&gt;&lt;b&gt;Cancelar&lt;/b&gt;: no guarda nada y deja su formulario como está, para revisarlo.</source>
      <translation>&lt;b&gt;Overwrite&lt;/b&gt;: saves your version and replaces those changes.&lt;br&gt;&lt;b&gt;Reload&lt;/b&gt;: shows the current data; what you typed is discarded.&lt;br&gt;&lt;b&gt;Cancel&lt;/b&gt;: saves nothing and leaves your form as it is, so you can review it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>A favor</source>
      <translation>In favour</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>A favor: {0} · En contra: {1} · Abstenciones: {2} · Presentes: {3} · Con derecho a voto: {4}</source>
      <translation>In favour: {0} · Against: {1} · Abstentions: {2} · Present: {3} · Entitled to vote: {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>A la base {0} le faltan cambios que ya se habían guardado: su testigo ({1}) vio el sello {2} de la bitácora y {3}, o ese sello cambió (notado el {4}). Alguien borró o rehízo registros, o copió a mano un respaldo más viejo sobre la base. Qué hacer: vea el detalle en Archivo → Verificar la base… (o con «escritorio verificar»). Si usted copió un respaldo a mano, explíquelo allí (o con «escritorio verificar --restauracion-manual --motivo …»); si no, restaure el último respaldo sano (Archivo → Restaurar respaldo…). Este aviso sigue hasta que alguien lo explique.</source>
      <translation>The database {0} is missing changes that had already been saved: its witness file ({1}) saw seal {2} of the audit log and {3}, or that seal changed (noticed on {4}). Someone deleted or rebuilt records, or copied an older backup over the database by hand. What to do: see the details in File → Check the database… (or with «escritorio verificar»). If you copied a backup by hand, explain it there (or with «escritorio verificar --restauracion-manual --motivo …»); otherwise, restore the last healthy backup (File → Restore backup…). This warning stays until someone explains it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>A mano alzada</source>
      <translation>Show of hands</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>A {0} se imputan {1} pero su saldo es {2}.</source>
      <translation>{1} is allocated to {0} but its balance is {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>ALTERADA</source>
      <translation>ALTERED</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>ANULADO</source>
      <translation>VOIDED</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>ANULADO desde el {0}: {1}</source>
      <translation>VOID since {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>ATENCIÓN — {0}</source>
      <translation>WARNING — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>ATENCIÓN: el respaldo elegido es de OTRA base, no de esta.

</source>
      <translation>WARNING: the chosen backup is from ANOTHER database, not this one.

</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>AVISO: {0}</source>
      <translation>WARNING: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Abre el mandato de {0}: {1} — {2}, desde el {3}{4}</source>
      <translation>Opens the term of office of {0}: {1} — {2}, from {3}{4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Abrir la carpeta</source>
      <translation>Open the folder</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Abrir otra base de datos</source>
      <translation>Open another database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Abrir una base de este equipo</source>
      <translation>Open a database on this computer</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Abstención</source>
      <translation>Abstention</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Acción</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Aceptar</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Acta</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>Acta N.º {0}</source>
      <translation>Minutes No. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0} ({1}), aprobada el {2}, huella SHA-256 del texto aprobado {3}</source>
      <translation>Minutes No. {0} ({1}), approved on {2}, SHA-256 fingerprint of the approved text {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0} ({1}), todavía en borrador</source>
      <translation>Minutes No. {0} ({1}), still in draft</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Acta de la sesión N.º {0} del {1} ({2})</source>
      <translation>Minutes of session no. {0} of the {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Acta de la {0} modificada: {1}</source>
      <translation>Minutes of the {0} changed: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Acta de la {0} {1}</source>
      <translation>Minutes of the {0} {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Acta en borrador</source>
      <translation>Draft minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Acta {0}</source>
      <translation>Minutes {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actas</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividad «{0}» {1} modificada</source>
      <translation>Activity “{0}” {1} changed</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividad «{0}» {1} quitada</source>
      <translation>Activity “{0}” {1} removed</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividad «{0}» {1} registrada</source>
      <translation>Activity “{0}” {1} recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Actividades</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Activo</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Actualizados</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Además debe saldos mínimos de {0} cuotas que no cuentan para suspender el voto{1}; sigue siendo deuda.</source>
      <translation>It also owes minor balances on {0} fees, which do not count toward suspending the vote{1}; they are still owed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Además debe un saldo mínimo de 1 cuota que no cuenta para suspender el voto{0}; sigue siendo deuda.</source>
      <translation>It also owes a minor balance on 1 fee, which does not count toward suspending the vote{0}; it is still owed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Adeudado</source>
      <translation>Amount owed</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Adhieren sin ser miembros: {0}</source>
      <translation>Endorsed by non-members: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Admisión de miembros</source>
      <translation>Admission of members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Admite a {0} ({1}) desde el {2}</source>
      <translation>Admits {0} ({1}) from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Admitido por {0}{1}, desde el {2}</source>
      <translation>Admitted by {0}{1}, from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Adoptar</source>
      <translation>Adopt</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Adoptar resolución</source>
      <translation>Adopt resolution</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Agregado</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Agregar candidatura</source>
      <translation>Add candidacy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar invitado u observador</source>
      <translation>Add guest or observer</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar punto al orden del día</source>
      <translation>Add item to the agenda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Agregar subpunto</source>
      <translation>Add sub-item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Al aprobarla, el acta se congela: se guarda su huella SHA-256 y ni la asistencia, ni las votaciones, ni el texto pueden cambiar. Las correcciones posteriores van en una fe de erratas.</source>
      <translation>Once approved, the minutes are frozen: their SHA-256 fingerprint is stored and neither the attendance, the votes nor the text can change. Later corrections go in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>Al devolver la sesión {0}, la tabla «{1}» no quedó igual a la copia: no se guardó nada en el servidor y la sesión sigue llevada.</source>
      <translation>While returning session {0}, the table “{1}” did not end up identical to the copy: nothing was saved on the server and the session is still taken out.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Alta</source>
      <translation>Addition</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta de la asociación {0}</source>
      <translation>Association {0} created</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta de {0} ({1}) como miembro</source>
      <translation>Admission of {0} ({1}) as a member</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta del órgano {0}</source>
      <translation>Body {0} created</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Alta en {0}{1}</source>
      <translation>Addition to {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_deshacer.py" />
      <source>Anotado para deshacer: {0}</source>
      <translation>Recorded for undo: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Anterior</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Apache 2.0</source>
      <translation>Apache 2.0</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Apertura</source>
      <translation>Opening</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>Aprobación del acta</source>
      <translation>Approval of the minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>Aprobación del acta de la {0} ({1})</source>
      <translation>Approval of the minutes of the {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Aprobada</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Aprobada por</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Aprobada por: {0}</source>
      <translation>Approved by: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Aprobada: {0}; mayoría simple: {1}.</source>
      <translation>Approved: {0}; simple majority: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Aprobada: {0}; {1} ({2}).</source>
      <translation>Approved: {0}; {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Aprobar el acta</source>
      <translation>Approve the minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Archivo</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Archivo guardado:
{0}

¿Desea abrirlo ahora?</source>
      <translation>File saved:
{0}

Do you want to open it now?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Archivo {0}</source>
      <translation>{0} file</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Archivo: {0}</source>
      <translation>File: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>Art. {0}</source>
      <translation>Art. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Artículo</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo de la baja</source>
      <translation>Withdrawal article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo de la convocatoria</source>
      <translation>Notice of meeting article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo de la mayoría ({0})</source>
      <translation>Majority article ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo de la tolerancia</source>
      <translation>Tolerance article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo de la tolerancia: {0}.</source>
      <translation>Tolerance article: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo de los poderes</source>
      <translation>Proxy article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo del ingreso</source>
      <translation>Admission article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Artículo del quórum ({0})</source>
      <translation>Quorum article ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Artículo {0}</source>
      <translation>Article {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Artículo {0} de {1}: derogado desde el {2}</source>
      <translation>Article {0} of {1}: repealed as of {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Artículo {0} de {1}: texto vigente desde el {2}</source>
      <translation>Article {0} of {1}: text in force since {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>Artículo: {0}.</source>
      <translation>Article: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Artículo: {0}. No se cambió la regla.</source>
      <translation>Article: {0}. The rule was not changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Artículos</source>
      <translation>Articles</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>Artículos del estatuto y los reglamentos</source>
      <translation>Articles of the statutes and regulations</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Asamblea</source>
      <translation>Assembly</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Asientos de oficio por el cargo en otro órgano</source>
      <translation>Ex officio seats by virtue of a position in another body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Asiste sin voto y no cuenta para el quórum; figura en el acta.</source>
      <translation>Attends without a vote and does not count toward the quorum; appears in the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Asistencia</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Asistencia de {0} quitada de la {1}</source>
      <translation>Attendance of {0} removed from the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Asistencia «{0}» desconocida; use presente, ausente o excusado.</source>
      <translation>Unknown attendance “{0}”; use presente, ausente or excusado.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Asociación</source>
      <translation>Association</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Asociación nacional</source>
      <translation>National association</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Atribuciones</source>
      <translation>Powers</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Ausente</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Autoridad</source>
      <translation>Authority</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridad de {0} corregida: {1}</source>
      <translation>Authority of {0} corrected: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridad de {0} quitada: {1}</source>
      <translation>Authority of {0} removed: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridad de {0} registrada: {1}</source>
      <translation>Authority of {0} recorded: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Autoridad: {0} → {1} ({2})</source>
      <translation>Authority: {0} → {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Autoridades</source>
      <translation>Authorities</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Autoridades de confianza…</source>
      <translation>Trusted authorities…</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Aviso de cobro</source>
      <translation>Payment reminder</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Aviso de cobro (nivel {0})</source>
      <translation>Payment reminder (level {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Aviso de cobro a {0} al {1}</source>
      <translation>Payment reminder to {0} as of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Avisos de deuda</source>
      <translation>Payment reminders</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Avisos de deuda (lotes)</source>
      <translation>Payment reminders (batches)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Año</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Año de la población</source>
      <translation>Population year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>B-B: la firma sola. B-T: con sello de tiempo. B-LT: con los datos para validarla a largo plazo sin conexión. B-LTA: además, un sello de tiempo del documento.</source>
      <translation>B-B: the signature only. B-T: with a timestamp. B-LT: with the data to validate it in the long term, offline. B-LTA: also a document timestamp.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>BSD 3-Clause / Apache 2.0</source>
      <translation>BSD 3-Clause / Apache 2.0</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Babel</source>
      <translation>Babel</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Baja</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Baja de {0} desde el {1}</source>
      <translation>Withdrawal of {0} as of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Base de Escritorio (*.db)</source>
      <translation>Escritorio database (*.db)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Base de Escritorio (*.db);;Todos los archivos (*)</source>
      <translation>Escritorio database (*.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Base de datos dañada</source>
      <translation>Damaged database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Base de datos en uso:</source>
      <translation>Database in use:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Base recuperada</source>
      <translation>Database recovered</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Base restaurada. La anterior quedó guardada en:
{0}</source>
      <translation>Database restored. The previous one was saved in:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Base «{0}» desconocida para una elección; use {1}.</source>
      <translation>Unknown base “{0}” for an election; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Base «{0}» desconocida; use {1}.</source>
      <translation>Unknown base “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Base:</source>
      <translation>Basis:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/recientes.py" />
      <source>Bases &amp;recientes</source>
      <translation>&amp;Recent databases</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/recientes.py" />
      <source>Bases recientes</source>
      <translation>Recent databases</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Bitácora</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Bitácora de cambios</source>
      <translation>Change audit log</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Bitácora: {0}</source>
      <translation>Audit log: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Borrado</source>
      <translation>Deletion</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrado de la asociación {0}</source>
      <translation>Association {0} deleted</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrado del órgano {0}</source>
      <translation>Body {0} deleted</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrado en {0}{1}</source>
      <translation>Deletion from {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrador</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Borrador del acta de la {0}</source>
      <translation>Draft minutes of the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/busqueda.py" />
      <source>Buscar en todo…</source>
      <translation>Search everything…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/busqueda.py" />
      <source>Buscar en todo…  {0}</source>
      <translation>Search everything…  {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/busqueda.py" />
      <source>Buscar miembros, sesiones, resoluciones, artículos del estatuto y pagos por número de recibo ({0})</source>
      <translation>Search members, sessions, resolutions, articles of the statutes, and payments by receipt number ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>CC BY 4.0</source>
      <translation>CC BY 4.0</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Cada firma nueva se agrega sobre la anterior y se ve sobre la línea de firma de quien firma.</source>
      <translation>Each new signature is added on top of the previous one and appears over the signer's signature line.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cada miembro presente puede llevar 1 poder{0}.</source>
      <translation>Each member present may hold 1 proxy{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cada miembro presente puede llevar hasta {0} poderes{1}.</source>
      <translation>Each member present may hold up to {0} proxies{1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Cada miembro presente puede llevar poderes sin máximo{0}.</source>
      <translation>Each member present may hold any number of proxies{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Cada voto nominal es a_favor, en_contra o abstencion.</source>
      <translation>Each roll-call vote is a_favor, en_contra or abstencion.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Cada voto nominal es para una candidatura de esta elección, en blanco o abstención.</source>
      <translation>Each roll-call vote is for a candidacy in this election, blank or an abstention.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Cadena y revocación…</source>
      <translation>Chain and revocation…</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Calidad</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Calidad «{0}» desconocida; use invitado u observador.</source>
      <translation>Unknown capacity “{0}”; use invitado or observador.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cambiado</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cambiar el cargo que se elige</source>
      <translation>Change the position being elected</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Cambio</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en el órgano {0}: {1}</source>
      <translation>Change to body {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en la ficha de {0}: {1}</source>
      <translation>Change to the record of {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en la {0}: {1}</source>
      <translation>Change to the {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en los datos de la asociación {0}: {1}</source>
      <translation>Change to the details of association {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cambio en {0}{1}</source>
      <translation>Change to {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Cancelada</source>
      <translation>Canceled</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Cancelado: no se creó ningún archivo.</source>
      <translation>Canceled: no file was created.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Cancelado: no se guardó el recibo.</source>
      <translation>Canceled: the receipt was not saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Cancelando: se deshace lo hecho…</source>
      <translation>Canceling: undoing what was done…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Cancelar</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Cancelar el viaje de una sesión</source>
      <translation>Cancel a session's trip</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Cancelar el viaje de una sesión…</source>
      <translation>Cancel a session's trip…</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}</source>
      <translation>Candidacy of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}: electa ({1}.º)</source>
      <translation>Candidacy of {0}: elected (no. {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}: mandato registrado</source>
      <translation>Candidacy of {0}: term of office recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidatura de {0}: {1} votos</source>
      <translation>Candidacy of {0}: {1} votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Candidatura {0}</source>
      <translation>Candidacy {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Candidaturas</source>
      <translation>Candidacies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Cantidad fija de puestos</source>
      <translation>Fixed number of seats</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Carga del {0} «{1}»</source>
      <translation>Loading of the {0} “{1}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Cargo</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Cargo del representante</source>
      <translation>Representative’s position</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cargo que se elige</source>
      <translation>Position being elected</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Cargo {0}</source>
      <translation>Charge {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Cargo «{0}» desconocido; use {1}.</source>
      <translation>Unknown position “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Carpeta</source>
      <translation>Folder</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Carta</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Categoría</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Categoría: «{0}» desconocida; use {1}.</source>
      <translation>Category: unknown “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Categorías de los países</source>
      <translation>Country categories</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Celebrada</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Cerrar</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Cerrar {0}</source>
      <translation>Close {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificado con clave privada (*.p12 *.pfx);;Todos los archivos (*)</source>
      <translation>Certificate with private key (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificado:</source>
      <translation>Certificate:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificados de la cadena y CRL (*.crt *.cer *.pem *.der *.crl *.p7c *.p7b);;Todos los archivos (*)</source>
      <translation>Chain certificates and CRLs (*.crt *.cer *.pem *.der *.crl *.p7c *.p7b);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificados de la cadena y listas de revocación</source>
      <translation>Chain certificates and revocation lists</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificados raíz (*.pem *.crt *.cer *.der);;Todos los archivos (*)</source>
      <translation>Root certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Certificados raíz de confianza</source>
      <translation>Trusted root certificates</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cheque</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Cierre</source>
      <translation>Closing</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Cierre primero la elección de este punto.</source>
      <translation>Close the election for this item first.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Cierre primero la elección: la segunda vuelta sale de su resultado.</source>
      <translation>Close the election first: the runoff follows from its result.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Cierre primero la elección: se confirma la candidatura electa.</source>
      <translation>Close the election first: it is the elected candidacy that is confirmed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Ciudad sede:</source>
      <translation>Headquarters city:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Columna</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Comisión Directiva</source>
      <translation>Executive Board</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Comisión Directiva: {0} (anterior), {1} (actual), {2} (siguiente)</source>
      <translation>Executive Board: {0} (previous), {1} (current), {2} (next)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Comité</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Comité Ejecutivo</source>
      <translation>Executive Committee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Complételo en esta pestaña; «Proponer textos» escribe la apertura y el cierre con los datos de la sesión.</source>
      <translation>Complete it in this tab; “Suggest wording” writes the opening and closing with the session's details.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Composición de un órgano</source>
      <translation>Composition of a body</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Composición de {0}</source>
      <translation>Composition of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Composición de {0} al {1}</source>
      <translation>Composition of {0} as of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Compárela con el texto nuevo y, si sigue valiendo, márquela revisada (Órganos, aviso «Reglas que citan un texto reformado», o «escritorio estatutos reglas --revisar {0}»).</source>
      <translation>Compare it with the new text and, if it still holds, mark it as reviewed (Bodies, notice “Rules that cite an amended text”, or “escritorio estatutos reglas --revisar {0}”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Con el tipo de cambio {0}, el pago equivale a más de {1} {2}, el máximo: revise el tipo de cambio ({3} por 1 {1}).</source>
      <translation>With the exchange rate {0}, the payment is equivalent to more than {1} {2}, the maximum: check the exchange rate ({3} per 1 {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Con el tipo de cambio {0}, el pago equivale a {1}: revise el tipo de cambio ({2} por 1 {3}).</source>
      <translation>With the exchange rate {0}, the payment is equivalent to {1}: check the exchange rate ({2} per 1 {3}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>Con esa corrección el mandato terminaría antes de empezar.</source>
      <translation>With that correction the term of office would end before it begins.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Con la presencia de {0} de {1} {2} no hay quórum: se requiere {3}{4}.</source>
      <translation>With {0} of {1} {2} present, there is no quorum: {3} is required{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Con la presencia de {0} de {1} {2} no hay quórum: se requieren {3}{4}.</source>
      <translation>With {0} of {1} {2} present, there is no quorum: {3} are required{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Con la presencia de {0} de {1} {2} se verifica el quórum{3}.</source>
      <translation>With {0} of {1} {2} present, the quorum is met{3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Con saldo</source>
      <translation>With balance due</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Con {0} se pediría menos. Vote con la regla, o con una más exigente (más fracción, o una base más amplia) y el motivo del cambio.</source>
      <translation>With {0}, less would be required. Vote with the rule, or with a stricter one (a larger fraction, or a broader base) and the reason for the change.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Confianza</source>
      <translation>Trust</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Confianza: {0}</source>
      <translation>Trust: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Congreso</source>
      <translation>Congress</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Consejo</source>
      <translation>Council</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Contacto de {0} agregado: {1}</source>
      <translation>Contact for {0} added: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Contacto de {0} modificado: {1}</source>
      <translation>Contact for {0} changed: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Contacto de {0} quitado: {1}</source>
      <translation>Contact for {0} removed: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Contactos</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Contraseña:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Convocada</source>
      <translation>Convened</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Convocada con {0} de anticipación; el {1} pide {2}.</source>
      <translation>Convened {0} in advance; {1} requires {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Convocada con {0} de anticipación; la regla del órgano pide {1}.</source>
      <translation>Convened {0} in advance; the body's rule requires {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Convocada el</source>
      <translation>Notice given on</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Convocar</source>
      <translation>Convene</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Convocar sesión</source>
      <translation>Convene session</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Convocatoria</source>
      <translation>Notice of meeting</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Convocatoria de la {0}</source>
      <translation>Notice of meeting for the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Convocatoria · {0}</source>
      <translation>Notice of meeting · {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Coordinador</source>
      <translation>Coordinator</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Copia de viaje</source>
      <translation>Travel copy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Copia de viaje de la sesión {0} (de {1}) — al volver: Archivo → Devolver la sesión al servidor</source>
      <translation>Travel copy of session {0} (from {1}) — on return: File → Return the session to the server</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Copia del recibo guardada en {0}</source>
      <translation>Copy of the receipt saved to {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Copias de documentos emitidos</source>
      <translation>Copies of issued documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Correcciones de mandatos</source>
      <translation>Term corrections</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Corrección del mandato de {0}: fin {1} → {2} ({3})</source>
      <translation>Correction to the term of office of {0}: end {1} → {2} ({3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Corrección del mandato de {0}: inicio {1} → {2} ({3})</source>
      <translation>Correction to the term of office of {0}: start {1} → {2} ({3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Corrección del mandato de {0}: {1} {2} → {3} ({4})</source>
      <translation>Correction to the term of office of {0}: {1} {2} → {3} ({4})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Correo</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Corresponde una segunda vuelta entre {0} por {1}.</source>
      <translation>A runoff between {0} is required for {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Corriendo desde el código fuente.</source>
      <translation>Running from source code.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Crear respaldo</source>
      <translation>Create backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Créditos</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Cuota anual</source>
      <translation>Annual fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Cuota completa</source>
      <translation>Full fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Cuota completa (ingreso {0})</source>
      <translation>Full fee (joined {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Cuota de ingreso</source>
      <translation>Admission fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cuotas emitidas</source>
      <translation>Issued fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Cuotas impagas que suspenden el voto</source>
      <translation>Unpaid fees that suspend the vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Cuotas impagas que suspenden el voto: {0}. Debe ser 1 o más (sin valor, nadie pierde el voto por deudas); no se cambió la regla.</source>
      <translation>Unpaid fees that suspend the vote: {0}. It must be 1 or more (with no value, nobody loses the vote for debts); the rule was not changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Cuotas reclamadas</source>
      <translation>Fees claimed</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Cuotas y presupuesto</source>
      <translation>Fees and budget</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Código</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Código de verificación: {0}</source>
      <translation>Verification code: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Código oficial</source>
      <translation>Official code</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Datos de la asociación</source>
      <translation>Association details</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Datos de la sesión</source>
      <translation>Session details</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Debe 1 cuota anual vencida</source>
      <translation>Owes 1 overdue annual fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Debe {0} cuotas anuales vencidas</source>
      <translation>Owes {0} overdue annual fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Decisión</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Declaración</source>
      <translation>Declaration</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Defina primero qué cargo se elige en el punto «{0}».</source>
      <translation>First define which position is being elected in item “{0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Deje los campos vacíos si asiste la autoridad ({0}).</source>
      <translation>Leave the fields empty if the authority ({0}) attends in person.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Deje los campos vacíos si asiste la autoridad del miembro.</source>
      <translation>Leave the fields empty if the member’s authority attends in person.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Deliberativo</source>
      <translation>Deliberative</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Depósito</source>
      <translation>Deposit</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Descripción</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Descuento {0} %: {1}</source>
      <translation>Discount {0} %: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Desde el año siguiente</source>
      <translation>From the following year</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Deshacer</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_deshacer.py" />
      <source>Deshecho: {0}</source>
      <translation>Undone: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Designación</source>
      <translation>Appointment</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>Después de esta carta se envió otra por lo mismo: nivel {0}, con fecha de corte del {1}.</source>
      <translation>After this letter, another one was sent for the same fees: level {0}, with a cut-off date of {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>Después se registró algo que depende de ese cambio ({0}): quítelo antes, o deje el cambio como está.</source>
      <translation>Something that depends on that change was recorded afterwards ({0}): remove it first, or leave the change as it is.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>Después, {0} hizo otro cambio sobre lo mismo ({1}: {2}). Deshacer pisaría ese cambio; si hace falta, corríjalo a mano.</source>
      <translation>Afterwards, {0} made another change to the same thing ({1}: {2}). Undoing would overwrite that change; if needed, correct it by hand.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Destinatarios</source>
      <translation>Recipients</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Detalle</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Dev&amp;olver la sesión al servidor…</source>
      <translation>R&amp;eturn the session to the server…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Devolver la sesión al servidor</source>
      <translation>Return the session to the server</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Dirección pública de verificación</source>
      <translation>Public verification address</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Director</source>
      <translation>Director</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Disolución</source>
      <translation>Dissolution</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Documento</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Documento PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Documento PDF (*.pdf);;Todos los archivos (*)</source>
      <translation>PDF document (*.pdf);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Documento emitido: {0} (código {1})</source>
      <translation>Document issued: {0} (code {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Documentos</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Documentos PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Documentos emitidos</source>
      <translation>Issued documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Documentos en {0} (Archivo › Idioma de los documentos)</source>
      <translation>Documents in {0} (File › Document language)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Dos tercios</source>
      <translation>Two-thirds</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Días de anticipación</source>
      <translation>Days of advance notice</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Días de anticipación: {0} es demasiado; escriba de 0 a 3650 días.</source>
      <translation>Days of advance notice: {0} is too many; enter 0 to 3650 days.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Días: «{0}» no es posible; escriba de 0 a 3660.</source>
      <translation>Days: “{0}” is not possible; enter a number from 0 to 3660.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Efectivo</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Ej.: RML</source>
      <translation>E.g. RML</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Ej.: Red de Municipios del Litoral</source>
      <translation>E.g. Regional Municipal League</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El acta N.º {0} ({1}) fue cambiada por fuera de Escritorio: su texto ya no es el que se aprobó (no coincide con su huella SHA-256 o con la bitácora). No se imprime, para no dar por buena una copia alterada. Corra «escritorio verificar» para ver qué más cambió y restaure el respaldo más reciente que verifique sano (Archivo &gt; Restaurar respaldo, o «escritorio respaldo restaurar»).</source>
      <translation>Minutes No. {0} ({1}) were changed outside Escritorio: their text is no longer the approved text (it does not match its SHA-256 fingerprint or the audit log). They are not printed, so as not to pass off an altered copy as genuine. Run “escritorio verificar” to see what else changed and restore the most recent backup that verifies as healthy (File &gt; Restore backup, or “escritorio respaldo restaurar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>El acta aprobada de la base ya no es la de este documento.</source>
      <translation>The approved minutes in the database are no longer those of this document.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El acta aprobada no se modifica. La fe de erratas queda con la fecha de hoy ({0}) y se imprime al final del acta.</source>
      <translation>The approved minutes are not changed. The errata is dated today ({0}) and printed at the end of the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>El acta aprobada se emitió el {0} con el código {1}.</source>
      <translation>The approved minutes were issued on {0} with the code {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El acta de esta sesión ya está aprobada: el registro no se modifica. Las correcciones van en una fe de erratas.</source>
      <translation>The minutes of this session are already approved: the record is not changed. Corrections go in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>El acta de la sesión que adoptó la {0} está aprobada: la firma de un miembro es parte de ese registro y ya no se agrega (agregue una fe de erratas al acta).</source>
      <translation>The minutes of the session that adopted {0} are approved: a member’s signature is part of that record and can no longer be added (add an errata to the minutes).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>El acta de la sesión {0} ({1}, {2}) está en borrador: solo se firma digitalmente un acta aprobada. Apruébela primero (pestaña Acta, «Aprobar…», o «escritorio sesiones aprobar-acta {0} --resolucion N»). No se firmó nada.</source>
      <translation>The minutes of session {0} ({1}, {2}) are a draft: only approved minutes are signed digitally. Approve them first (Minutes tab, “Approve…”, or “escritorio sesiones aprobar-acta {0} --resolucion N”). Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>El acta de la sesión {0} ya está aprobada: no queda nada que registrar fuera de la oficina.</source>
      <translation>The minutes of session {0} are already approved: there is nothing left to record away from the office.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El acta de la {0} ({1}) se aprueba en esa misma sesión o en una posterior; la {2} es del {3}, anterior.</source>
      <translation>The minutes of the {0} ({1}) are approved at that same session or a later one; the {2} is dated {3}, which is earlier.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El acta de la {0} ya está aprobada: no lleva otro punto de aprobación.</source>
      <translation>The minutes of the {0} are already approved: they take no other approval item.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El acta de la {0} ya está aprobada: su orden del día no suma puntos. Agregue el punto en una sesión posterior.</source>
      <translation>The minutes of the {0} are already approved: its agenda takes no new items. Add the item at a later session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>El acta que la contiene tiene fe de erratas (la última del {0}); revise si alguna toca esta resolución.</source>
      <translation>The minutes containing it have errata (the latest dated {0}); check whether any affects this resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El acta se aprueba en la misma sesión o en una posterior, no en una anterior.</source>
      <translation>Minutes are approved at the same session or a later one, not an earlier one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El acta ya está aprobada.</source>
      <translation>The minutes are already approved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>El acta ya no figura aprobada en la base: fue cambiada por fuera de Escritorio.</source>
      <translation>The minutes no longer appear as approved in the database: they were changed outside Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El acta ya tiene su PDF firmado adjunto: no se reemplaza. Si hay un error, regístrelo en una fe de erratas.</source>
      <translation>The minutes already have their signed PDF attached: it is not replaced. If there is an error, record it in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo es idéntico a {0} según el registro de documentos de la base, pero ese registro no está en la bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. No se da por auténtico. Corra «escritorio verificar» (en un servidor, avise a quien lo administra).</source>
      <translation>The file is identical to {0} according to the database's register of documents, but that entry is not in the sealed audit log: it was added or changed outside Escritorio, and it proves nothing. It is not taken as authentic. Run “escritorio verificar” (on a server, tell whoever administers it).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El archivo firmado debe ser un PDF.</source>
      <translation>The signed file must be a PDF.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo lleva el código {0} de {1} y su texto coincide con lo que la base registra, pero no es el archivo que emitió Escritorio: lo que muestra (dibujos, imágenes, texto tapado) no se puede garantizar. Compárelo con el original, o vuelva a generar el documento desde Escritorio (sale como copia, con el mismo código).</source>
      <translation>The file carries the code {0} of {1} and its text matches what the database records, but it is not the file Escritorio issued: what it shows (drawings, images, covered text) cannot be guaranteed. Compare it with the original, or generate the document again from Escritorio (it comes out as a copy, with the same code).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo lleva el código {0} de {1}, pero no dice lo que ese documento dice:</source>
      <translation>The file carries the code {0} of {1}, but it does not say what that document says:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo lleva más de un código de verificación ({0}): el del texto no coincide con el de los metadatos.</source>
      <translation>The file carries more than one verification code ({0}): the one in the text does not match the one in the metadata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo lleva más de un código de verificación ({0}): un documento emitido lleva uno solo.</source>
      <translation>The file carries more than one verification code ({0}): an issued document carries only one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo lleva {0} códigos de verificación de esta base: es un lote (como los avisos de cobro, una carta por página), pero no es idéntico byte a byte al archivo emitido. Verifique cada documento por el código de su página («documento verificar --codigo …»), o vuelva a generar el lote desde Escritorio.</source>
      <translation>The file carries {0} verification codes from this database: it is a batch (like payment reminders, one letter per page), but it is not identical byte for byte to the issued file. Verify each document by the code on its page (“documento verificar --codigo …”), or generate the batch again from Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo no lleva un código de verificación de Escritorio (ni en el texto ni en sus metadatos) y sus metadatos no dicen que lo haya escrito Escritorio: no es un documento que esta base pueda reconocer.</source>
      <translation>The file carries no Escritorio verification code (neither in its text nor in its metadata), and its metadata does not say that Escritorio wrote it: it is not a document this database can recognize.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El archivo tiene firmas digitales, pero no es ninguno de los PDF firmados que la base guarda: verifíquelas con «escritorio firma verificar».</source>
      <translation>The file has digital signatures, but it is none of the signed PDFs that the database keeps: verify them with “escritorio firma verificar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>El archivo {0} está dañado y no se puede leer. No se modificó. {1}</source>
      <translation>The file {0} is damaged and cannot be read. It was not modified. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>El artículo {0} (línea {1}) no tiene texto.</source>
      <translation>Article {0} (line {1}) has no text.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>El artículo {0} aparece dos veces (líneas {1} y {2}).</source>
      <translation>Article {0} appears twice (lines {1} and {2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>El artículo {0} figura más de una vez en la reforma; deje un solo cambio por artículo.</source>
      <translation>Article {0} appears more than once in the amendment; leave only one change per article.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>El artículo {0} quedaría sin texto; para quitarlo, derógelo.</source>
      <translation>Article {0} would be left without text; to remove it, repeal it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>El año {0}.</source>
      <translation>The year {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El borrador del acta está incompleto: {0}.</source>
      <translation>The draft minutes are incomplete: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>El cargo {0} es de una sola persona a la vez: no se eligen {1} en una votación. Elija otro cargo (titular, integrante…) o un solo puesto.</source>
      <translation>The position {0} is held by only one person at a time: {1} cannot be elected in one vote. Choose another position (full member, member…) or a single seat.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El cargo {0} no es un cargo pendiente de este miembro.</source>
      <translation>Charge {0} is not a pending charge of this member.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El correo {0}.</source>
      <translation>The email {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El código {0} figura en el registro de documentos de la base, pero ese registro no está en la bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. Corra «escritorio verificar» (en un servidor, avise a quien lo administra).</source>
      <translation>Code {0} appears in the database's register of documents, but that entry is not in the sealed audit log: it was added or changed outside Escritorio, and it proves nothing. Run “escritorio verificar” (on a server, tell whoever administers it).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>El código {0} que lleva el archivo no es de ningún documento emitido por esta base: es de otra base de datos, o es falso.</source>
      <translation>The code {0} on the file does not belong to any document issued by this database: it is from another database, or it is fake.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El código {0} ya pertenece a otro miembro.</source>
      <translation>The code {0} already belongs to another member.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>El dato «{0}» de un mandato no se corrige así; use {1}.</source>
      <translation>The “{0}” field of a term of office is not corrected this way; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>El de cada asociación (Datos de la asociación)</source>
      <translation>Each association's own (Association details)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>El derecho a voto se corrige con sí (1) o no (0).</source>
      <translation>Voting rights are corrected with yes (1) or no (0).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>El documento NO es el que se firmó, o se modificó después de firmarlo: no lo dé por bueno.</source>
      <translation>The document is NOT the one that was signed, or it was modified after signing: do not accept it as valid.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>El documento {0} de la copia ya figura en el servidor con otro código: no se devolvió nada. Avise a soporte con la copia y este mensaje.</source>
      <translation>Document {0} from the copy is already on the server under another code: nothing was returned. Tell support, with the copy and this message.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El día de referencia «{0}» no es un día válido (formato MM-DD, por ejemplo 01-01).</source>
      <translation>The reference day “{0}” is not a valid day (format MM-DD, for example 01-01).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El día de vencimiento «{0}» no es un día válido (formato MM-DD, por ejemplo 01-01).</source>
      <translation>The due day “{0}” is not a valid day (format MM-DD, for example 01-01).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El fin del mandato no puede ser anterior a su inicio.</source>
      <translation>The end of the term of office cannot be before its start.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El importe del tramo desde {0} debe ser mayor que cero.</source>
      <translation>The amount of the tier from {0} must be greater than zero.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El importe del tramo desde {0} es demasiado grande; el máximo es {1}.</source>
      <translation>The amount of the tier from {0} is too large; the maximum is {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>El límite de resultados por clase va de 1 a {0} (se pidió {1}).</source>
      <translation>The limit of results per kind goes from 1 to {0} ({1} was requested).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>El mandato de {0} en {1} empezó el {2} y su período{3} termina el {4}: faltan {5}. Un traspaso el {6} lo termina antes; indique el motivo (renuncia, elección anticipada…).</source>
      <translation>The term of office of {0} in {1} began on {2} and its period{3} ends on {4}: {5} left. A handover on {6} ends it early; give the reason (resignation, early election…).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El mandato termina antes de empezar.</source>
      <translation>The term of office ends before it begins.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>El mandato terminaría antes de empezar: revise las fechas «desde» y «hasta».</source>
      <translation>The term of office would end before it begins: check the “from” and “to” dates.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El miembro con id {0} no integra el órgano en la fecha de la sesión: no se registra su asistencia (los invitados y observadores van en la lista de invitados).</source>
      <translation>The member with id {0} does not sit on the body on the date of the session: its attendance is not recorded (guests and observers go in the guest list).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>El miembro de este estado de cuenta ya no está en la base.</source>
      <translation>The member of this account statement is no longer in the database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El miembro no tiene cargos en {0}: el pago se imputa a los cargos en {1}.</source>
      <translation>The member has no charges in {0}: the payment is allocated to the charges in {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El miembro {0} no pertenece a esta asociación.</source>
      <translation>Member {0} does not belong to this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>El miembro {0} no pertenece a esta asociación: elija la ciudad entrante por su id («escritorio miembros listar»).</source>
      <translation>Member {0} does not belong to this association: choose the incoming city by its id (“escritorio miembros listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>El miembro {0} no pertenece a esta asociación: elija otro responsable (los ids se ven con «miembros listar»).</source>
      <translation>Member {0} does not belong to this association: choose another responsible member (the ids are shown with “miembros listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>El miembro {0} no pertenece a esta asociación; si firma alguien que no es miembro, use --entidad y --tipo.</source>
      <translation>Member {0} does not belong to this association; if a non-member is signing, use --entidad and --tipo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>El miembro {0} no tiene el contacto {1}; sus contactos, con su número, se ven en su ficha o con «miembros contactos {0}».</source>
      <translation>Member {0} has no contact {1}; its contacts, with their numbers, are shown in its record or with “miembros contactos {0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El monto debe ser mayor que cero.</source>
      <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El máximo de poderes por miembro no puede ser negativo (0 = no se admiten poderes).</source>
      <translation>The maximum number of proxies per member cannot be negative (0 = no proxies allowed).</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>El nombre de archivo «{0}» {1}: {2}. Escriba otro nombre para {3}.</source>
      <translation>The file name “{0}” {1}: {2}. Type another name for {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El nombre del órgano está vacío.</source>
      <translation>The body’s name is empty.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>El nombre es obligatorio.</source>
      <translation>The name is required.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El orden del día de la {0} ya tiene el punto {1} «{2}», cuya resolución aprueba esta acta: apruébela con esa resolución.</source>
      <translation>The agenda of the {0} already has item {1} “{2}”, whose resolution approves these minutes: approve them with that resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El orden del día de la {0} ya tiene el punto {1} «{2}», que aprueba esta acta: vótelo y adopte su resolución.</source>
      <translation>The agenda of the {0} already has item {1} “{2}”, which approves these minutes: put it to a vote and adopt its resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>El original de este recibo ya se imprimió o se guardó: lo que salga ahora dice COPIA.</source>
      <translation>The original of this receipt has already been printed or saved: anything you print or save now says COPY.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>El padrón cambió mientras se preparaba la importación (otra importación u otra ventana guardó datos): se decidió de nuevo contra la base actual y estas cifras son las que se guardaron</source>
      <translation>The register changed while the import was being prepared (another import or another window saved data): it was decided again against the current database and these figures are the ones that were saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El pago es en {0} y los cargos en {1}: indique el tipo de cambio ({0} por 1 {1}).</source>
      <translation>The payment is in {0} and the charges in {1}: give the exchange rate ({0} per 1 {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>El pago o sus imputaciones cambiaron desde que se emitió este recibo.</source>
      <translation>The payment or its allocations have changed since this receipt was issued.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>El pago ya no está en la base.</source>
      <translation>The payment is no longer in the database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>El pago {0} ya fue anulado el {1}: {2}.</source>
      <translation>Payment {0} was already voided on {1}: {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>El papel «{0}» no existe: use secretaria, tesoreria o consulta.</source>
      <translation>The role “{0}” does not exist: use secretaria, tesoreria or consulta.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El primer tramo debe empezar en 0 habitantes (empieza en {0}).</source>
      <translation>The first tier must start at 0 inhabitants (it starts at {0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>El puerto {0} no existe: es un número de 1 a 65535 (casi siempre 5432).</source>
      <translation>Port {0} does not exist: it is a number from 1 to 65535 (almost always 5432).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>El punto del que depende no pertenece a esta sesión.</source>
      <translation>The item it depends on does not belong to this session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El punto {0} «{1}» {2} se aprobó en la votación pero todavía no tiene su resolución: adóptela.</source>
      <translation>Item {0} “{1}” {2} was approved in the vote but does not have its resolution yet: adopt it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>El punto {0} «{1}» {2} todavía no se votó: vótelo y adopte su resolución.</source>
      <translation>Item {0} “{1}” {2} has not been voted on yet: put it to a vote and adopt its resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>El punto «{0}» no es de tipo Elección: agregue al orden del día un punto de tipo Elección.</source>
      <translation>Item “{0}” is not of type Election: add an item of type Election to the agenda.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>El recibo está ANULADO desde el {0}: {1}.</source>
      <translation>The receipt has been VOID since {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>El respaldo elegido es la propia base en uso; elija un archivo de respaldo.</source>
      <translation>The chosen backup is the database in use itself; choose a backup file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>El respaldo {0} es de otra base: no sirve para recuperar {1}. No se tocó nada.</source>
      <translation>The backup {0} belongs to another database: it cannot be used to recover {1}. Nothing was touched.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>El respaldo {0} está dañado. No se restauró nada; elija otro.</source>
      <translation>The backup {0} is damaged. Nothing was restored; choose another one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>El respaldo {0}{1} es de OTRA base, no de {2}{3}. No se restauró nada. Si de verdad quiere reemplazar esta base por la otra, pídalo explícitamente (en la línea de órdenes, --de-otra-base); la base actual se guarda antes.</source>
      <translation>The backup {0}{1} belongs to ANOTHER database, not to {2}{3}. Nothing was restored. If you really want to replace this database with the other one, ask for it explicitly (on the command line, --de-otra-base); the current database is saved first.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor no tiene el usuario «{0}» ({1}). Pida a quien administra el servidor que le cree un usuario («escritorio servidor usuario»).</source>
      <translation>The server has no user “{0}” ({1}). Ask the server administrator to create a user for you (“escritorio servidor usuario”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor no tiene la base indicada en {0}. Revise el nombre al final de la dirección, o pida a quien administra el servidor que la cree.</source>
      <translation>The server does not have the database given in {0}. Check the name at the end of the address, or ask the server administrator to create it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>El servidor pide la clave de {0}:</source>
      <translation>The server asks for the password of {0}:</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>El servidor rechazó el cambio ({0}): no se guardó nada.</source>
      <translation>The server rejected the change ({0}): nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor rechazó la clave del usuario «{0}» ({1}). Revise el usuario y la clave; si la olvidó, pida a quien administra el servidor que le asigne otra.</source>
      <translation>The server rejected the password for user “{0}” ({1}). Check the user name and password; if you have forgotten it, ask the server administrator to assign you a new one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>El servidor {0} pide una clave y no se indicó ninguna. Escríbala cuando se la pida Escritorio, o póngala en la variable PGPASSWORD.</source>
      <translation>The server {0} requires a password and none was given. Type it when Escritorio asks for it, or put it in the PGPASSWORD variable.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>El texto guardado del acta de esta sesión fue cambiado por fuera de Escritorio y ya no se puede leer. Corra «escritorio verificar» para ver qué más cambió y restaure el respaldo más reciente que verifique sano (Archivo &gt; Restaurar respaldo, o «escritorio respaldo restaurar»).</source>
      <translation>The saved text of this session’s minutes was changed outside Escritorio and can no longer be read. Run “escritorio verificar” to see what else changed and restore the most recent backup that verifies as healthy (File &gt; Restore backup, or “escritorio respaldo restaurar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>El tramo desde {0} habitantes está fuera de lo posible: la población va de 0 a {1}.</source>
      <translation>The tier from {0} inhabitants is out of range: the population goes from 0 to {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>El vencimiento ya pasó: los cargos nuevos vencen el {0} y hoy es {1}, así que nacen vencidos (entran ya en la morosidad, en los avisos de cobro y en la regla del voto). Si no es lo que quiere, elija otro vencimiento antes de emitir.</source>
      <translation>The due date has already passed: the new charges are due on {0} and today is {1}, so they are overdue from the start (they enter arrears, payment reminders and the voting rule right away). If that is not what you want, choose another due date before issuing.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>El viaje de la sesión {0} se canceló el {1} (lo canceló {2}: «{3}»): lo registrado en esta copia ya no vuelve. Haga esos cambios sobre el servidor. No se cambió nada.</source>
      <translation>The trip of session {0} was cancelled on {1} (cancelled by {2}: “{3}”): what was recorded in this copy no longer returns. Make those changes on the server. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>El órgano superior elegido no existe en esta asociación.</source>
      <translation>The chosen parent body does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>El último cambio ya no es el que se mostraba: ahora es «{0}». No se deshizo nada; mírelo y vuelva a intentarlo.</source>
      <translation>The last change is no longer the one shown: it is now “{0}”. Nothing was undone; check it and try again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Elecciones</source>
      <translation>Elections</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Elección</source>
      <translation>Election</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Elección de {0} abierta</source>
      <translation>Election of {0} opened</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Elección de {0} cerrada</source>
      <translation>Election of {0} closed</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Elección de {0} confirmada: mandato registrado</source>
      <translation>Election of {0} confirmed: term of office recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Elección de {0} por pluralidad de votos.</source>
      <translation>Election of {0} by plurality of votes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Elección de {0}. Candidaturas: {1}. Sin votación registrada.</source>
      <translation>Election of {0}. Candidacies: {1}. No vote recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Elección en la sesión del {0} ({1})</source>
      <translation>Election at the session of {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elegir el certificado</source>
      <translation>Choose the certificate</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elegir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Elija cómo ingresó el miembro.</source>
      <translation>Choose how the member was admitted.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Elija el archivo del certificado (.p12 o .pfx) de quien firma. No se firmó nada.</source>
      <translation>Choose the certificate file (.p12 or .pfx) of the signer. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Elija el miembro de la lista (escriba parte del nombre).</source>
      <translation>Choose the member from the list (type part of the name).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Elija el país del miembro.</source>
      <translation>Choose the member's country.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Elija el tipo de miembro.</source>
      <translation>Choose the member type.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elija un PDF firmado con «Verificar otro PDF…».</source>
      <translation>Choose a signed PDF with “Verify another PDF…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Eliminación de {0} (alta por error)</source>
      <translation>Deletion of {0} (admitted by mistake)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Emitido: {0} (hora UTC de la base)</source>
      <translation>Issued: {0} (database UTC time)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate en el último puesto: {0}, con {1} cada una, para {2}.</source>
      <translation>Tie for the last seat: {0}, with {1} each, for {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate entre {0}, con {1} cada una: no hay candidatura electa; corresponde una nueva votación entre ellas. {2}</source>
      <translation>Tie between {0}, with {1} each: no candidacy is elected; a new vote between them is required. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate entre {0}, de {1}, con {2} cada una, para {3} que le queda a {1} de su cupo de {4} ({5}).</source>
      <translation>Tie between {0}, from {1}, with {2} each, for the {3} that {1} has left of its quota of {4} ({5}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>En blanco</source>
      <translation>Blank</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>En contra</source>
      <translation>Against</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>En curso</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>En el destino, {0} actas aprobadas ya no dan la huella con que se aprobaron: no se guardó nada en el destino.</source>
      <translation>At the destination, {0} approved minutes no longer match the fingerprint they were approved with: nothing was saved at the destination.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>En el modo servidor, los respaldos son tarea del servidor: quien lo administra los hace con pg_dump y los restaura con pg_restore (README, «Varias personas»). Escritorio no hace ni restaura respaldos de una base del servidor. Para tener además una copia de la base en este equipo: «escritorio servidor copia URL ARCHIVO».</source>
      <translation>In server mode, backups are the server's job: the administrator makes them with pg_dump and restores them with pg_restore (README, “Varias personas”). Escritorio neither makes nor restores backups of a server database. To also keep a copy of the database on this computer: “escritorio servidor copia URL FILE”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>En la copia, el acta aprobada de la sesión {0} no coincide con su registro (se cambió por fuera de Escritorio): no se devuelve. Corra «escritorio verificar» sobre la copia.</source>
      <translation>In the copy, the approved minutes of session {0} do not match their record (they were changed outside Escritorio): they are not returned. Run “escritorio verificar” on the copy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>En segunda convocatoria, con la presencia de {0} de {1} {2}, la sesión se realiza con los presentes{3}.</source>
      <translation>On second call, with {0} of {1} {2} present, the session is held with those present{3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>En una elección, la mayoría simple es la candidatura más votada: no se cuenta sobre {0}. Deje la base en «emitidos», o elija mayoría absoluta {1}.</source>
      <translation>In an election, a simple majority is the candidacy with the most votes: it is not counted over {0}. Leave the base at “votes cast”, or choose an absolute majority {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>En {0}, el {1}, siendo las {2} horas, se reúne en {3} {4}, con la asistencia que se detalla a continuación.</source>
      <translation>In {0}, on {1}, at {2}, {4} meets in {3}, with the attendance detailed below.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Encabezado</source>
      <translation>Header</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Enlace</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Enlace virtual</source>
      <translation>Virtual meeting link</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Entidad</source>
      <translation>Entity</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Equivale a {0} (tipo de cambio {1} {2} por 1 {3})</source>
      <translation>Equivalent to {0} (exchange rate {1} {2} per 1 {3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>Error inesperado</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Es un PDF firmado digitalmente que la base guarda ({0}).</source>
      <translation>It is a digitally signed PDF that the database keeps ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>Es un borrador auténtico de {0}: lo emitió esta base y el registro de la sesión no cambió desde entonces. No es el acta: todavía no se aprobó y puede cambiar hasta que se apruebe.</source>
      <translation>This is an authentic draft of {0}: this database issued it and the session record has not changed since then. It is not the minutes: they have not been approved yet and may change until they are approved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>Es un borrador de {0} emitido por esta base, pero el borrador cambió desde que se imprimió:</source>
      <translation>This is a draft of {0} issued by this database, but the draft has changed since it was printed:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Es un lote de {0} documentos emitidos juntos en este archivo; cada uno lleva su código y se verifica solo (también con el código de su página).</source>
      <translation>This is a batch of {0} documents issued together in this file; each one carries its own code and is verified on its own (also with the code on its page).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Escala de cuota anual vigente desde el {0}</source>
      <translation>Annual fee scale in force since {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Escala de cuotas desde el {0} ({1})</source>
      <translation>Fee scale from {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Escala de cuotas {0} ({1}), vigente desde el {2}{3}</source>
      <translation>Fee scale {0} ({1}), in force from {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escala modificada de {0} en {1}, del {2}{3}</source>
      <translation>Changed scale for {0} in {1}, from {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escala nueva de {0} en {1}, del {2}{3}</source>
      <translation>New scale for {0} in {1}, from {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escala quitada de {0} en {1}, del {2}{3}</source>
      <translation>Removed scale for {0} in {1}, from {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escalas de cuotas</source>
      <translation>Fee scales</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Escriba el motivo por el que termina el mandato (queda en la historia del órgano; por ejemplo: Renuncia, Fin del período). No se terminó el mandato.</source>
      <translation>Enter the reason the term of office ends (it stays in the body’s history; for example: Resignation, End of term). The term of office was not ended.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Escriba el nombre de la autoridad.</source>
      <translation>Enter the authority's name.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Escriba el nombre del contacto.</source>
      <translation>Enter the contact's name.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Escriba el texto de la fe de erratas.</source>
      <translation>Enter the text of the errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Escriba el título de la actividad.</source>
      <translation>Enter the title of the activity.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Escriba el título de la norma (por ejemplo: «Estatuto de la Red»).</source>
      <translation>Type the title of the rule (for example: “Statutes of the Network”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Escriba el título de la resolución.</source>
      <translation>Enter the title of the resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Escriba el título del punto del orden del día.</source>
      <translation>Enter the title of the agenda item.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>Escriba las fechas como aaaa-mm-dd (por ejemplo 2024-04-05), que no tiene dos lecturas, o indique el orden: en la línea de órdenes, «--fechas dd/mm» o «--fechas mm/dd»; en el asistente de importación, elija el orden de las fechas en el paso «Indicar las columnas»</source>
      <translation>Write the dates as yyyy-mm-dd (for example 2024-04-05), which cannot be read two ways, or state the order: on the command line, “--fechas dd/mm” or “--fechas mm/dd”; in the import wizard, choose the date order in the “Identify the columns” step</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/formularios.py" />
      <source>Escriba parte del nombre…</source>
      <translation>Type part of the name…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Escritorio volvió a abrir la base tal como está en el disco. Lo último que se guardó desde esta ventana no llegó a ella: quedó copiado en
{0}

Ábralo con Archivo → Abrir para ver qué falta y vuelva a cargarlo en la base.</source>
      <translation>Escritorio reopened the database as it is on disk. What was last saved from this window did not reach it: it was copied to
{0}

Open it with File → Open to see what is missing and enter it again in the database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Escritorio volvió a abrir la base y la comprobó entera: está todo lo que se había guardado, no se perdió nada. Si estaba escribiendo algo en ese momento, revise que esté.</source>
      <translation>Escritorio reopened the database and checked all of it: everything that had been saved is there, nothing was lost. If you were typing something at that moment, check that it is there.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>Ese miembro ya lleva {0} poder; el máximo es {1}{2}. No se registró el poder de {3} a {4} en la sesión del {5}: así lo dicen {6}; elija a otro portador.</source>
      <translation>That member already holds {0} proxy; the maximum is {1}{2}. The proxy from {3} to {4} for the session of {5} was not recorded: that is what {6} say; choose another proxy holder.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>Ese miembro ya lleva {0} poderes; el máximo es {1}{2}. No se registró el poder de {3} a {4} en la sesión del {5}: así lo dicen {6}; elija a otro portador.</source>
      <translation>That member already holds {0} proxies; the maximum is {1}{2}. The proxy from {3} to {4} for the session of {5} was not recorded: that is what {6} say; choose another proxy holder.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Esta base es la copia de viaje de la sesión {0}: confirmar la elección registra un mandato en la composición del órgano, que no viajó con la sesión. El resultado de la elección ya está guardado y vuelve con la sesión; confírmela sobre el servidor después de devolverla.</source>
      <translation>This database is the travel copy of session {0}: confirming the election records a term in the body's membership, which did not travel with the session. The election result is already saved and returns with the session; confirm it on the server after returning it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>Esta base es la copia de viaje de la sesión {0}: en ella solo se registra esa sesión (y se emiten sus documentos), lo único que vuelve al servidor. No se guardó nada ({1}): haga ese cambio sobre el servidor.</source>
      <translation>This database is the travel copy of session {0}: only that session is recorded in it (and its documents issued), the only thing that returns to the server. Nothing was saved ({1}): make that change on the server.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Esta base tiene varias asociaciones ({0}): indique cuál con --asociacion SIGLA.</source>
      <translation>This database has several associations ({0}): indicate which one with --asociacion SIGLA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Esta elección ya fue confirmada: su mandato está registrado.</source>
      <translation>This election has already been confirmed: its term of office is recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Esta elección ya tiene su segunda vuelta («{0}»).</source>
      <translation>This election already has its runoff (“{0}”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Estado de cuenta</source>
      <translation>Account statement</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Estado desde</source>
      <translation>Status since</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Estado «{0}» desconocido; use {1}.</source>
      <translation>Unknown status “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estados de los miembros</source>
      <translation>Member statuses</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estatuto</source>
      <translation>Statutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estatuto y reglamentos</source>
      <translation>Statutes and regulations</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>Este papel es un borrador de {0}; el acta se aprobó el {1}: la versión vigente es el acta aprobada, no este borrador.</source>
      <translation>This paper is a draft of {0}; the minutes were approved on {1}: the current version is the approved minutes, not this draft.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Este punto es de {0}: la regla pide {1}. Para votar con {2} escriba el motivo del cambio (queda en el acta); si no, vote con la regla.</source>
      <translation>This item concerns {0}: the rule requires {1}. To vote with {2}, enter the reason for the change (it goes in the minutes); otherwise, vote with the rule.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Este punto es una decisión ordinaria: la regla pide {0}. Para votar con {1} escriba el motivo del cambio (queda en el acta); si no, vote con la regla.</source>
      <translation>This item is an ordinary decision: the rule requires {0}. To vote with {1}, enter the reason for the change (it goes in the minutes); otherwise, vote with the rule.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Este punto es una elección entre candidaturas: registre los votos de cada candidatura.</source>
      <translation>This item is an election between candidacies: record the votes for each candidacy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Este punto no tiene una elección definida.</source>
      <translation>This item has no election defined.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Este punto ya fue votado; la votación cerrada no se repite.</source>
      <translation>This item has already been voted on; a closed vote is not repeated.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Este punto ya se votó por sí o por no: no se le agrega una elección.</source>
      <translation>This item has already been put to a yes-or-no vote: an election is not added to it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Excluido por {0}{1}, desde el {2}</source>
      <translation>Expelled by {0}{1}, from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Exclusión de miembros</source>
      <translation>Expulsion of members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Excluye a {0} ({1}) desde el {2}</source>
      <translation>Expels {0} ({1}) from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Excusado</source>
      <translation>Excused</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Exenciones</source>
      <translation>Exemptions</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Exención del {0} % a {1} en {2}: {3}</source>
      <translation>{0}% exemption for {1} in {2}: {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Exento: {0}</source>
      <translation>Exempt: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Extraordinaria</source>
      <translation>Extraordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>Falta el artículo {0} (¿un encabezado mal escrito?).</source>
      <translation>Article {0} is missing (a misspelled heading?).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Falta la regla general (ordinaria) de quórum.</source>
      <translation>The general (ordinary) quorum rule is missing.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Falta {0}. Se lo da quien administra el servidor (por ejemplo: equipo SECRETARIA-01, base escritorio, usuario ana).</source>
      <translation>Missing: {0}. The server administrator gives you this (for example: computer SECRETARIA-01, database escritorio, user ana).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>Faltan los artículos {0} (¿un encabezado mal escrito?).</source>
      <translation>Articles {0} are missing (a misspelled heading?).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Fe de erratas</source>
      <translation>Errata</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Fe de erratas en el acta de la {0}</source>
      <translation>Errata to the minutes of the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Fecha</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Fecha de aprobación</source>
      <translation>Approval date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>Fecha de corte</source>
      <translation>Cut-off date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Fecha de fundación</source>
      <translation>Founding date</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Fecha de ingreso</source>
      <translation>Admission date</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>Fecha de ingreso: {0}.</source>
      <translation>Admission date: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Fecha de la sesión</source>
      <translation>Session date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Fecha del pago: {0}.</source>
      <translation>Payment date: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Fecha del traspaso</source>
      <translation>Handover date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Fila</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Fila {0}: «{1}» figura como {2} en el archivo y como {3} en el padrón. La importación no cambia el estado de un miembro que ya está (una baja termina además sus mandatos): si corresponde, regístrelo desde su ficha o con «escritorio miembros baja» o «miembros suspender».</source>
      <translation>Row {0}: “{1}” appears as {2} in the file and as {3} in the register. The import does not change the status of a member who is already registered (a withdrawal also ends their terms of office): if appropriate, record it from their record or with “escritorio miembros baja” or “miembros suspender”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firma digital</source>
      <translation>Digital signature</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Firma digital de {0} {1} por {2}</source>
      <translation>Digital signature of {0} {1} by {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Firmada</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmado por {0} el {1} (firma n.º {2} del documento). El PDF firmado quedó guardado con el acta; «Guardar PDF firmado…» lo copia a un archivo.</source>
      <translation>Signed by {0} on {1} (signature no. {2} on the document). The signed PDF was saved with the minutes; “Save signed PDF…” copies it to a file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmado por {0} el {1} (firma n.º {2} del documento). El PDF firmado quedó guardado; «Guardar PDF firmado…» lo copia a un archivo.</source>
      <translation>Signed by {0} on {1} (signature no. {2} on the document). The signed PDF was saved; “Save signed PDF…” copies it to a file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Firman: {0}</source>
      <translation>Signed by: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmando</source>
      <translation>Signing</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmante</source>
      <translation>Signer</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Firmantes de declaraciones</source>
      <translation>Declaration signatories</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmar</source>
      <translation>Sign</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmar digitalmente</source>
      <translation>Sign digitally</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmas de este documento</source>
      <translation>Signatures on this document</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmas de {0}</source>
      <translation>Signatures on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firmas del PDF</source>
      <translation>PDF signatures</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Firmas digitales</source>
      <translation>Digital signatures</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Firmas íntegras y de certificados de confianza.</source>
      <translation>Signatures intact and from trusted certificates.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Firmas íntegras: el documento no cambió desde que se firmó. El certificado no se pudo validar contra una autoridad de confianza (autofirmado o de una autoridad que el programa no conoce, y sin conexión): confirme que es de quien dice, o indique los certificados raíz de su autoridad {0}.</source>
      <translation>Signatures intact: the document has not changed since it was signed. The certificate could not be validated against a trusted authority (self-signed or from an authority the program does not know, and offline): confirm that it belongs to whom it claims, or give the root certificates of your authority {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Font Awesome Free (Fonticons)</source>
      <translation>Font Awesome Free (Fonticons)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Frecuencia: «{0}» meses no es posible; escriba de 1 a 120 meses (o nada si el estatuto no fija una frecuencia).</source>
      <translation>Frequency: “{0}” months is not possible; enter 1 to 120 months (or nothing if the statutes do not set a frequency).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Fuente</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Fuentes Liberation (Red Hat)</source>
      <translation>Liberation Fonts (Red Hat)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Fundador</source>
      <translation>Founder</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Futura</source>
      <translation>Future</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Generando el archivo…</source>
      <translation>Generating the file…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>GeoNames (geonames.org)</source>
      <translation>GeoNames (geonames.org)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Gobierno</source>
      <translation>Government</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Gobierno regional</source>
      <translation>Regional government</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Grupo de trabajo</source>
      <translation>Working group</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Guardando…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Guardar</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Guardar PDF firmado…</source>
      <translation>Save signed PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Guardar el PDF firmado</source>
      <translation>Save the signed PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Guardar el recibo</source>
      <translation>Save the receipt</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Hasta</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Hay más votos que los posibles: revise las cifras.</source>
      <translation>There are more votes than possible: check the figures.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Hay que volver a abrir Escritorio</source>
      <translation>Escritorio must be reopened</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Hay votos para candidaturas que no son de esta elección.</source>
      <translation>There are votes for candidacies that are not in this election.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Hay {0} votos y solo {1} miembros presentes con derecho a voto (contando los poderes).</source>
      <translation>There are {0} votes and only {1} members present with voting rights (counting proxies).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Hecho con</source>
      <translation>Built with</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Hora</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Hora de cierre</source>
      <translation>Closing time</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Hora de cierre: «{0}» debe escribirse HH:MM (por ejemplo 13:30).</source>
      <translation>Closing time: “{0}” must be written HH:MM (for example 13:30).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Idioma de la ventana</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Idioma de los doc&amp;umentos</source>
      <translation>Doc&amp;ument language</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Idioma de los documentos</source>
      <translation>Document language</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Idioma de los documentos:</source>
      <translation>Document language:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Idioma de los documentos: «{0}» desconocido; use {1} ({2}).</source>
      <translation>Document language: unknown “{0}”; use {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Idiomas</source>
      <translation>Languages</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Igual</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/impresion.py" />
      <source>Imprimir: {0}</source>
      <translation>Print: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Imputaciones de pagos</source>
      <translation>Payment allocations</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Imputación a {0}: {1}.</source>
      <translation>Allocation to {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Imputación a {0}: «{1}» es negativo; escriba cuánto del pago va a ese cargo, o déjelo vacío.</source>
      <translation>Allocation to {0}: “{1}” is negative; type how much of the payment goes to that charge, or leave it empty.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Indique cuánto se imputa a cada cargo, o elija la imputación automática.</source>
      <translation>Indicate how much is allocated to each charge, or choose automatic allocation.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Indique el lugar o el enlace de la reunión virtual.</source>
      <translation>Specify the location or the link of the virtual meeting.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Indique el miembro que se postula, la persona que lo encabeza, o ambos.</source>
      <translation>Indicate the member standing as candidate, the person heading the candidacy, or both.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Indique el miembro, la persona candidata, o ambos.</source>
      <translation>Specify the member, the candidate, or both.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Indique el miembro, la persona, o ambos (en la CLI: --miembro ID, --persona NOMBRE).</source>
      <translation>Indicate the member, the person, or both (in the CLI: --miembro ID, --persona NOMBRE).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>Indique el motivo (por ejemplo: «Renuncia presentada por nota»).</source>
      <translation>State the reason (for example: “Resignation submitted in writing”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Indique el motivo de la anulación (por ejemplo: «Cheque rechazado»).</source>
      <translation>Give the reason for voiding it (for example: “Bounced check”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>Indique el motivo de la corrección.</source>
      <translation>Specify the reason for the correction.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Indique el motivo de la exención (por ejemplo: «Emergencia por inundaciones»).</source>
      <translation>Give the reason for the exemption (for example: “Flood emergency”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>Indique el motivo para cancelar el viaje (por ejemplo: «La laptop con la copia se perdió»). No se cambió nada.</source>
      <translation>Give the reason for cancelling the trip (for example: “The laptop with the copy was lost”). Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Indique la categoría de cada país: los puestos en los órganos dependen de ella. Deje «No participa» en los demás.</source>
      <translation>Indicate each country’s category: seats on the bodies depend on it. Leave “Not participating” for the rest.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Indique la fecha de la baja.</source>
      <translation>State the date of the withdrawal.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Indique quién firma: un miembro (--miembro ID) o una entidad que no es miembro (--entidad "Nombre" --tipo red|observador|organizacion|gobierno|otro), uno de los dos.</source>
      <translation>Indicate who signs: a member (--miembro ID) or a non-member entity (--entidad "Name" --tipo red|observador|organizacion|gobierno|otro), one or the other.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Indique un nombre de usuario y una clave de 8 caracteres o más.</source>
      <translation>Enter a user name and a password of 8 characters or more.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Informativo</source>
      <translation>Informational</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Informe de una unidad temática</source>
      <translation>Thematic unit report</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Informe de {0}</source>
      <translation>Report on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Instalación normal: los datos del programa (la base por omisión y el registro de errores) están en {0}</source>
      <translation>Standard installation: the program data (the default database and the error log) are in {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Institución</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Integra el órgano sin voto</source>
      <translation>Non-voting member of the body</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Integrante</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Integrantes</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Integridad</source>
      <translation>Integrity</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Invitado</source>
      <translation>Guest</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Invitados</source>
      <translation>Guests</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La Secretaría Ejecutiva la ejerce una ciudad miembro: la candidatura electa no nombra a ninguna.</source>
      <translation>The Executive Secretariat is held by a member city: the elected candidacy does not name one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>La actividad termina antes de empezar.</source>
      <translation>The activity ends before it begins.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La admisión de miembros exige</source>
      <translation>Admission of members requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>La aprueba: {0}.</source>
      <translation>Approved by: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>La asociación no tiene un órgano de tipo Secretaría Ejecutiva.</source>
      <translation>The association has no body of type Executive Secretariat.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>La asociación todavía no tiene estatuto ni reglamentos cargados.</source>
      <translation>The association has no statutes or regulations loaded yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La baja de {0}</source>
      <translation>The withdrawal of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La baja no termina ningún mandato: {0} no tiene mandatos vigentes desde el {1}.</source>
      <translation>The withdrawal ends no term of office: {0} has no terms of office in force from {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>La base de datos está en una carpeta de red ({0}). Si dos equipos la usan a la vez se puede dañar: úsela desde un solo equipo, o cópiela a este equipo.</source>
      <translation>The database is in a network folder ({0}). If two computers use it at the same time it may be damaged: use it from a single computer, or copy it to this computer.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>La base de datos ya estaba cerrada (se restauró un respaldo o se abrió otra base).</source>
      <translation>The database was already closed (a backup was restored or another database was opened).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>La base de datos {0} está dañada ({1}). No se modificó. {2}</source>
      <translation>The database {0} is damaged ({1}). It was not modified. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>La base de datos {0} está en uso por otro programa o por otra ventana de Escritorio. Ciérrelo e inténtelo de nuevo.</source>
      <translation>The database {0} is in use by another program or by another Escritorio window. Close it and try again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/esquema.py" />
      <source>La base del servidor {0} es de una versión anterior de Escritorio: le faltan cambios del esquema ({1}). No se modificó nada. Quien administra el servidor la pone al día, sin tocarla, en una base nueva: «escritorio servidor actualizar {0} URL_NUEVA» (README, «Varias personas»).</source>
      <translation>The server database {0} is from an earlier version of Escritorio: it lacks schema changes ({1}). Nothing was modified. The server administrator brings it up to date, without touching it, in a new database: “escritorio servidor actualizar {0} NEW_URL” (README, “Varias personas”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} es de una versión más nueva de Escritorio que este programa: actualícela con esa versión.</source>
      <translation>The server database {0} is from a newer version of Escritorio than this program: update it with that version.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>La base del servidor {0} es de una versión más nueva de Escritorio: puede consultarla, pero para cambiar datos instale en este equipo la versión que usa el resto de la oficina.</source>
      <translation>The server database {0} is from a newer version of Escritorio: you can view it, but to change data install on this computer the version the rest of the office uses.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no es una base de Escritorio (no tiene su esquema): no hay nada que actualizar.</source>
      <translation>The server database {0} is not an Escritorio database (it does not have its schema): there is nothing to update.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no es una base de Escritorio (no tiene su esquema): no hay nada que copiar.</source>
      <translation>The database on server {0} is not an Escritorio database (it does not have its schema): there is nothing to copy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La base del servidor {0} no está vacía (ya tiene tablas): no se reemplaza nada. Suba a una base nueva (pida a quien administra el servidor «CREATE DATABASE …») o, para trabajar con la que ya está, conéctese a ella.</source>
      <translation>The database on server {0} is not empty (it already has tables): nothing is replaced. Upload to a new database (ask the server administrator for “CREATE DATABASE …”) or, to work with the existing one, connect to it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no está vacía: no se instala nada encima. Use una base nueva.</source>
      <translation>The database on server {0} is not empty: nothing is installed over it. Use a new database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} no tiene la migración {1} pero sí otras posteriores: no la dejó así ninguna versión de Escritorio, y ponerla al día perdería datos. No se tocó nada; restaure el último respaldo sano del servidor.</source>
      <translation>The server database {0} lacks migration {1} but has later ones: no version of Escritorio leaves it like that, and updating it would lose data. Nothing was changed; restore the server's last sound backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La base del servidor {0} ya está al día: no hay nada que actualizar.</source>
      <translation>The server database {0} is already up to date: there is nothing to update.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>La base está dañada ({0}): su copia salió dañada y no se guardó en {1}. {2}</source>
      <translation>The database is damaged ({0}): its copy came out damaged and was not saved to {1}. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>La base rechazó el cambio: {0}</source>
      <translation>The database rejected the change: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>La base rechazó el cambio: {0}. No se guardó nada.</source>
      <translation>The database rejected the change: {0}. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>La base rechazó un dato que no cumple sus reglas ({0}): no se guardó nada. Revise los datos y vuelva a intentarlo; si se repite, corra «escritorio verificar».</source>
      <translation>The database rejected a value that does not meet its rules ({0}): nothing was saved. Check the data and try again; if it happens again, run “escritorio verificar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>La base registra que esta acta o su sesión fueron cambiadas por fuera de Escritorio: corra «escritorio verificar».</source>
      <translation>The database records that these minutes or their session were changed outside Escritorio: run “escritorio verificar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>La base tiene un texto que no está escrito en UTF-8{0}: lo guardó otro programa, no Escritorio, y no se puede leer. No se modificó nada. Corra «escritorio verificar» para ver qué se cambió por fuera de Escritorio y restaure el último respaldo sano («escritorio respaldo listar», «escritorio respaldo restaurar ARCHIVO»).</source>
      <translation>The database contains text that is not UTF-8{0}: it was saved by another program, not Escritorio, and cannot be read. Nothing was modified. Run “escritorio verificar” to see what was changed outside Escritorio and restore the latest healthy backup (“escritorio respaldo listar”, “escritorio respaldo restaurar ARCHIVO”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>La base {0} del servidor no tiene el esquema de Escritorio. Quien administra el servidor la prepara con «escritorio servidor instalar {0}» (una base vacía) o lleva allí una base de este equipo con «escritorio servidor subir {0}».</source>
      <translation>The server database {0} does not have the Escritorio schema. Whoever administers the server prepares it with “escritorio servidor instalar {0}” (an empty database) or moves a database from this computer there with “escritorio servidor subir {0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>La base {0} fue creada por una versión más nueva de Escritorio: se abre solo para consultar; actualice el programa para poder modificarla.</source>
      <translation>The database {0} was created by a newer version of Escritorio: it opens read-only; update the program to be able to modify it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/vigilancia.py" />
      <source>La base {0} fue reemplazada por otro programa mientras estaba abierta (por ejemplo, se restauró un respaldo desde la línea de órdenes). Lo que se guarde ahora iría al archivo viejo y se perdería, así que no se guardó nada. Vuelva a abrir la base para seguir trabajando sobre la actual.</source>
      <translation>The database {0} was replaced by another program while it was open (for example, a backup was restored from the command line). Anything saved now would go to the old file and be lost, so nothing was saved. Open the database again to keep working on the current one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/otra_base.py" />
      <source>La base {0} ya está abierta en otra ventana de Escritorio (equipo {1}, proceso {2}). Use esa ventana, o ciérrela y vuelva a abrir Escritorio.</source>
      <translation>The database {0} is already open in another Escritorio window (computer {1}, process {2}). Use that window, or close it and open Escritorio again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/recientes.py" />
      <source>La base {0} ya no está en ese lugar: se movió, se borró o está en un disco o una memoria USB que no está conectada.

¿Quitarla de la lista de bases recientes? (El archivo no se toca: si vuelve a aparecer, ábralo con Archivo › Abrir….)</source>
      <translation>The database {0} is no longer in that place: it was moved, deleted, or is on a disk or USB stick that is not connected.

Remove it from the list of recent databases? (The file is not touched: if it turns up again, open it with File › Open….)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/vigilancia.py" />
      <source>La base {0} ya no está en su lugar: otro programa la movió, la renombró o la borró mientras estaba abierta. Lo que se guarde ahora se perdería, así que no se guardó nada. Busque el archivo (o restaure un respaldo) y ábralo con Archivo &gt; Abrir.</source>
      <translation>The database {0} is no longer where it was: another program moved, renamed or deleted it while it was open. Anything saved now would be lost, so nothing was saved. Find the file (or restore a backup) and open it with File &gt; Open.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La bitácora copiada no verifica en el destino ({0}): no se guardó nada en el destino.</source>
      <translation>The copied audit log does not verify at the destination ({0}): nothing was saved at the destination.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La bitácora de la base local no verifica ({0}): no se sube una base con la cadena rota. Corra «escritorio verificar» y restaure un respaldo sano antes de subirla.</source>
      <translation>The audit log of the local database does not verify ({0}): a database with a broken chain is not uploaded. Run “escritorio verificar” and restore a healthy backup before uploading it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>La bitácora de la base no tiene el sello {0} con la huella que el documento lleva al pie: corra «escritorio verificar --ancla ARCHIVO.pdf».</source>
      <translation>The database's audit log does not have seal {0} with the fingerprint the document carries in its footer: run “escritorio verificar --ancla ARCHIVO.pdf”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La bitácora de la copia no verifica ({0}): se cambió por fuera de Escritorio y no se devuelve. No se devolvió nada; corra «escritorio verificar» sobre la copia.</source>
      <translation>The copy's audit log does not verify ({0}): it was changed outside Escritorio and is not returned. Nothing was returned; run “escritorio verificar” on the copy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La cadena de la bitácora no termina en el mismo sello en el origen y en el destino: no se guardó nada en el destino.</source>
      <translation>The audit log chain does not end with the same seal at the source and at the destination: nothing was saved at the destination.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>La carpeta {0} es de solo lectura: Escritorio necesita escribir allí la base y su diario. Copie la base a una carpeta propia (por ejemplo Documentos) o elija otra con --db RUTA.</source>
      <translation>The folder {0} is read-only: Escritorio needs to write the database and its journal there. Copy the database to a folder of your own (for example Documents) or choose another one with --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>La ciudad entrante ya ejerce la Secretaría Ejecutiva.</source>
      <translation>The incoming city already holds the Executive Secretariat.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>La ciudad queda como solicitante: no integra ningún órgano ni figura en el padrón vigente ni en la emisión de cuotas. La admite la resolución de un punto de admisión aprobado, desde la fecha que esa resolución diga (en el editor de la sesión, «Adoptar resolución…»).</source>
      <translation>The city remains an applicant: it does not sit on any body and does not appear in the current member register or in fee issuing. It is admitted by the resolution of an approved admission item, from the date that resolution states (in the session editor, “Adopt resolution…”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>La conexión funcionó, pero la clave no se pudo guardar en el llavero de este equipo: se la pedirá la próxima vez.</source>
      <translation>The connection worked, but the password could not be saved in this computer's keyring: you will be asked for it next time.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La convocatoria no exige días de anticipación{0}.</source>
      <translation>No minimum notice period is required for the notice of meeting{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>La convocatoria no puede tener fecha posterior a la sesión.</source>
      <translation>The notice of meeting cannot be dated after the session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>La copia de la tabla «{0}» no salió igual ({1} filas en el origen, {2} en el destino): no se guardó nada en el destino. Corra «escritorio verificar» sobre el origen y vuelva a intentarlo.</source>
      <translation>The copy of the table “{0}” did not come out identical ({1} rows at the source, {2} at the destination): nothing was saved at the destination. Run “escritorio verificar” on the source and try again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La copia tiene cambios fuera de la sesión {0} ({1}): solo se devuelve la sesión llevada. No se devolvió nada; haga esos cambios en el servidor, o, si la copia no va a volver, cancele el viaje con «escritorio servidor cancelar-viaje».</source>
      <translation>The copy has changes outside session {0} ({1}): only the session taken out is returned. Nothing was returned; make those changes on the server or, if the copy is not coming back, cancel the trip with “escritorio servidor cancelar-viaje”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>La cuenta registra movimientos que este estado de cuenta (al {0}) no tiene:</source>
      <translation>The account records transactions that this account statement (as of {0}) does not have:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>La cuota {0} se ajustó hasta el mes de la baja ({1} de 12 meses){2}: de {3} a {4}.</source>
      <translation>The {0} fee was adjusted up to the month of withdrawal ({1} of 12 months){2}: from {3} to {4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>La cuota {0} ya tiene pagos imputados y no se modifica (lo cobrado no se cambia): queda en {1}; hasta el mes de la baja serían {2}{3}. Si corresponde devolver la diferencia, regístrelo aparte.</source>
      <translation>The {0} fee already has payments allocated and is not modified (what has been collected is not changed): it stays at {1}; up to the month of withdrawal it would be {2}{3}. If the difference must be refunded, record that separately.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La disolución exige</source>
      <translation>Dissolution requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>La elección designa a la candidatura electa en este cargo cuando se confirma. Se puede cambiar hasta que se cierre la votación.</source>
      <translation>When confirmed, the election appoints the elected candidacy to this position. The position can be changed until the vote is closed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección no dejó puestos empatados: no hay segunda vuelta.</source>
      <translation>The election left no tied seats: there is no runoff.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección no tiene candidatura electa; si corresponde, agregue una segunda vuelta.</source>
      <translation>The election has no elected candidacy; if appropriate, add a runoff.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección no tiene candidaturas: agregue al menos una.</source>
      <translation>The election has no candidacies: add at least one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>La elección no tuvo candidatura electa: no se adopta como resolución.</source>
      <translation>The election produced no elected candidacy: it is not adopted as a resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección ya está cerrada: su recuento no se modifica.</source>
      <translation>The election is already closed: its count is not changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>La elección ya tiene candidatura electa: no hay segunda vuelta.</source>
      <translation>The election already has an elected candidacy: there is no runoff.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>La escala de {0} que rige en {1} (desde el {2}) tiene una moneda que no sirve: {3}. No se emitió nada. Póngale fin y defina una escala nueva con la moneda correcta («escritorio cuotas escala definir» o Cuotas &gt; Escalas).</source>
      <translation>The scale for {0} that applies in {1} (from {2}) has an unusable currency: {3}. Nothing was issued. End it and define a new scale with the correct currency (“escritorio cuotas escala definir” or Fees &gt; Fee scales).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>La escala no tiene tramos.</source>
      <translation>The scale has no tiers.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>La escala tiene {0} tramos; el máximo es {1}. Revise que los tramos sean pares «población desde:importe» separados por comas.</source>
      <translation>The scale has {0} tiers; the maximum is {1}. Check that the tiers are “population from:amount” pairs separated by commas.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La exclusión de un miembro exige</source>
      <translation>Expulsion of a member requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>La fecha del pago está en el futuro ({0}); escriba el día en que se cobró.</source>
      <translation>The payment date is in the future ({0}); type the day it was received.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La fecha es anterior al ingreso del miembro ({0}).</source>
      <translation>The date is before the member's admission ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>La fecha «hasta» es anterior a «desde».</source>
      <translation>The “until” date is earlier than “from”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>La hora «{0}» debe escribirse HH:MM (por ejemplo 10:00).</source>
      <translation>The time “{0}” must be written HH:MM (for example 10:00).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/impresion.py" />
      <source>La impresora dejó de responder en la hoja {0}: revise el papel y vuelva a imprimir.</source>
      <translation>The printer stopped responding at sheet {0}: check the paper and print again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A simple majority is more votes in favour than against: it is counted over the votes cast. For abstentions to count, choose an absolute majority of those present.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La mayoría simple es {0}: no se cuenta sobre {1}. Si las abstenciones deben pesar como votos en contra, elija mayoría absoluta {2} (por ejemplo «absoluta de los presentes»).</source>
      <translation>A simple majority means {0}: it is not counted over {1}. If abstentions should weigh as votes against, choose an absolute majority {2} (for example “absolute of those present”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>La moción fue rechazada en la votación: no se adopta como resolución.</source>
      <translation>The motion was rejected in the vote: it is not adopted as a resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>La población es obligatoria.</source>
      <translation>The population is required.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>La población {0}.</source>
      <translation>The population {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>La reforma debe regir después del texto original ({0}).</source>
      <translation>The amendment must come into force after the original text ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La reforma del estatuto exige</source>
      <translation>Amendment of the statutes requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La reforma del reglamento exige</source>
      <translation>Amendment of the regulations requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>La reforma no cambia ningún artículo.</source>
      <translation>The amendment does not change any article.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La reforma no puede regir desde el {0}: la {1} se adoptó en la sesión del {2}.</source>
      <translation>The amendment cannot be in force from {0}: {1} was adopted at the session of {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de asientos de oficio nombra los tipos de órgano cuyos integrantes se sientan por su cargo, por ejemplo {0}; tipos: {1}.</source>
      <translation>The ex officio seats rule names the types of body whose members sit by virtue of their position, for example {0}; types: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de cantidad fija dice cuántos integrantes, por ejemplo {0} (en la CLI: --puestos 3).</source>
      <translation>The fixed-number rule says how many members, for example {0} (in the CLI: --puestos 3).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>La regla de este tipo de decisión exige</source>
      <translation>The rule for this type of decision requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de presidencia nombra el tipo de órgano cuyo titular preside, por ejemplo {0}; tipos: {1}.</source>
      <translation>The presidency rule names the type of body whose incumbent presides, for example {0}; types: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>La regla de puestos por categoría dice cuántas ciudades electas por país de cada categoría, por ejemplo {0} (en la CLI: --pleno 2 --asociado 1).</source>
      <translation>The seats-by-category rule says how many elected cities per country of each category, for example {0} (in the CLI: --pleno 2 --asociado 1).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>La regla {0} de {1} ({2}) no cita un texto reformado: no hay nada que revisar.</source>
      <translation>Rule {0} of {1} ({2}) does not cite an amended text: there is nothing to review.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>La resolución que aprueba el acta no existe en esta asociación.</source>
      <translation>The resolution approving the minutes does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La resolución recibe el número siguiente del órgano en el año de la sesión.</source>
      <translation>The resolution receives the body’s next number for the year of the session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>La resolución ya no está en la base.</source>
      <translation>The resolution is no longer in the database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>La resolución, su votación o el acta que la contiene cambiaron desde que se emitió este documento.</source>
      <translation>The resolution, its vote or the minutes containing it have changed since this document was issued.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>La secretaría de una asociación de municipios: padrón, cuotas, estatutos, órganos, unidades temáticas y sesiones, con sus documentos.</source>
      <translation>The secretariat of an association of municipalities: member register, fees, statutes, bodies, thematic units and sessions, with their documents.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>La sesión de este borrador ya no está en la base.</source>
      <translation>The session of this draft is no longer in the database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>La sesión figura «{0}», no celebrada: regístrela como celebrada, con su hora de cierre, antes de aprobar su acta.</source>
      <translation>The session is marked “{0}”, not held: record it as held, with its closing time, before approving its minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La sesión pasa a «celebrada». La hora de cierre figura en el acta.</source>
      <translation>The session is marked as “held”. The closing time appears in the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La sesión queda convocada con su número de orden en el órgano. El orden del día, la asistencia y el acta se completan después, desde la sesión.</source>
      <translation>The session is convened with its sequence number in the body. The agenda, attendance and minutes are filled in later, from the session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} cambió en el servidor mientras estaba de viaje (alguien la modificó saltando la marca): no se devuelve encima. No se cambió nada; revise la bitácora del servidor.</source>
      <translation>Session {0} changed on the server while it was taken out (someone modified it by bypassing the mark): it is not returned over those changes. Nothing was changed; check the server’s audit log.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>La sesión {0} está de viaje (la llevó {1} el {2}): nadie la modifica en el servidor hasta que vuelva con «escritorio servidor devolver» o que secretaría cancele el viaje con «escritorio servidor cancelar-viaje».</source>
      <translation>Session {0} is on a trip (taken out by {1} on {2}): nobody changes it on the server until it returns with “escritorio servidor devolver” or the secretariat cancels the trip with “escritorio servidor cancelar-viaje”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} la llevó {1}: la devuelve esa persona, con su usuario. No se cambió nada.</source>
      <translation>Session {0} was taken out by {1}: that person returns it, with their own user. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} no está de viaje en el servidor: no hay viaje que cancelar. No se cambió nada.</source>
      <translation>Session {0} is not on a trip on the server: there is no trip to cancel. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>La sesión {0} no está llevada en el servidor: no se puede devolver (solo vuelve una sesión llevada con «escritorio servidor llevar»). No se cambió nada.</source>
      <translation>Session {0} is not taken out on the server: it cannot be returned (only a session taken out with “escritorio servidor llevar” comes back). Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La suspensión de {0}</source>
      <translation>The suspension of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La suspensión no termina mandatos: el estatuto no lo dice (si lo dice, anote el artículo con «escritorio miembros suspension-mandatos --articulo …»).</source>
      <translation>The suspension does not end terms of office: the statutes do not say so (if they do, record the article with “escritorio miembros suspension-mandatos --articulo …”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>La suspensión no termina ningún mandato: {0} no tiene mandatos vigentes desde el {1}.</source>
      <translation>The suspension ends no term of office: {0} has no terms of office in force from {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>La ventana estará en {0} la próxima vez que abra Escritorio.</source>
      <translation>The interface will be in {0} the next time you open Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>La versión vigente</source>
      <translation>The current version</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>La versión vigente se emitió el {0} con el código {1}.</source>
      <translation>The current version was issued on {0} with the code {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} no sirve: es de un punto de tipo de decisión {1}; hace falta la resolución de un punto de {2} aprobado.</source>
      <translation>{0} cannot be used: it belongs to an item of decision type {1}; the resolution of an approved item on {2} is required.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} no sirve: su punto de {1} no fue aprobado en una votación.</source>
      <translation>{0} cannot be used: its item on {1} was not approved in a vote.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>La {0} pasa a {1}</source>
      <translation>The {0} is now {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} ya adoptó la reforma {1}.</source>
      <translation>{0} has already adopted amendment {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>La {0} ya aprobó la escala {1}.</source>
      <translation>{0} has already approved fee scale {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>Las actas aprobadas no llegaron iguales al destino (huella o texto): no se guardó nada en el destino.</source>
      <translation>The approved minutes did not arrive identical at the destination (fingerprint or text): nothing was saved at the destination.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Las cuotas y el presupuesto exigen</source>
      <translation>Fees and budget require</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Las imputaciones suman más que el pago ({0}).</source>
      <translation>The allocations add up to more than the payment ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/impresion.py" />
      <source>Las páginas elegidas no están en el documento (tiene {0}): elija otras.</source>
      <translation>The chosen pages are not in the document (it has {0}): choose others.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>Las reglas de este órgano no admiten poderes{0}; así lo dicen {1}.</source>
      <translation>This body’s rules do not allow proxies{0}; that is what {1} say.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Leyendo y validando…</source>
      <translation>Reading and validating…</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>Libere espacio en el disco y repita la orden.</source>
      <translation>Free up disk space and run the command again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Llevar una sesión de viaje</source>
      <translation>Take a session on a trip</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Lo primero que imprima o guarde es el ORIGINAL del recibo; después, cada vez que se imprima o se guarde, sale una COPIA.</source>
      <translation>The first time you print or save it, you get the ORIGINAL receipt; after that, each time it is printed or saved, you get a COPY.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Lo que cambió (como estaba al abrir → como está ahora):</source>
      <translation>What changed (as it was when opened → as it is now):</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>Lo que dejó ese cambio ya no está como quedó: otro programa lo cambió por fuera de Escritorio. Deshacer pisaría ese cambio; si hace falta, corríjalo a mano.</source>
      <translation>What that change left is no longer as it was: another program changed it outside Escritorio. Undoing would overwrite that change; if needed, correct it by hand.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Lo que dice este documento (registrado al emitirlo):</source>
      <translation>What this document says (recorded when it was issued):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Lo que esta ventana veía quedó copiado en
{0}

Cierre Escritorio y vuelva a abrirlo para seguir trabajando; hasta entonces no se guarda nada. Si al volver falta algo, ábralo desde esa copia (Archivo → Abrir) para consultarlo y cárguelo de nuevo.</source>
      <translation>What this window could see was copied to
{0}

Close Escritorio and open it again to keep working; until then nothing is saved. If something is missing when you come back, open that copy (File → Open) to look it up and enter it again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>Lo que este documento lista ya no está en la base: se borró después de emitirlo.</source>
      <translation>What this document lists is no longer in the database: it was deleted after the document was issued.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>Lo que se busca tiene que ser un texto de hasta {0} caracteres (se escribió {1}).</source>
      <translation>The search must be a text of up to {0} characters ({1} was entered).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>Lo sentimos: ocurrió un error inesperado y la operación no se completó.

Los detalles quedaron en:
{0}</source>
      <translation>Sorry: an unexpected error occurred and the operation was not completed.

The details were saved in:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Los días de anticipación de la convocatoria no pueden ser negativos.</source>
      <translation>The days of advance notice cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Los días de anticipación no pueden ser negativos.</source>
      <translation>The days of advance notice cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Los estatutos no suspenden el voto por cuotas impagas.</source>
      <translation>The statutes do not suspend the vote for unpaid fees.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <source>Los estatutos no suspenden el voto por cuotas impagas: quien debe cuotas vota y cuenta para el quórum.</source>
      <translation>The statutes do not suspend the vote for unpaid fees: members who owe fees vote and count toward the quorum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Los morosos no votan</source>
      <translation>Members in arrears do not vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Los otros {0} siguen vigentes.</source>
      <translation>The other {0} are still current.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Los textos de las licencias viajan con el programa, en recursos/fuentes y recursos/iconos.</source>
      <translation>The license texts ship with the program, in recursos/fuentes and recursos/iconos.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Los tramos deben ir en orden creciente: {0} no es mayor que {1}.</source>
      <translation>The tiers must be in increasing order: {0} is not greater than {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Los votos no pueden ser negativos.</source>
      <translation>Votes cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Lugar</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Lugar:</source>
      <translation>Location:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>MIT</source>
      <translation>MIT</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandato de {0} ({1}): sin fecha de fin</source>
      <translation>Term of office of {0} ({1}): no end date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandato de {0} ({1}): termina el {2}</source>
      <translation>Term of office of {0} ({1}): ends on {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandato de {0} quitado ({1})</source>
      <translation>Term of office of {0} removed ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandato de {0}: {1} desde el {2}</source>
      <translation>Term of office of {0}: {1} from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Mandatos</source>
      <translation>Terms of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Material Design Icons (Pictogrammers)</source>
      <translation>Material Design Icons (Pictogrammers)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Mayoría ({0})</source>
      <translation>Majority ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Mayoría absoluta</source>
      <translation>Absolute majority</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Mayoría absoluta (más de la mitad) {0}</source>
      <translation>Absolute majority (more than half) {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Mayoría de {0}: {1}</source>
      <translation>Majority for {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Mayoría simple</source>
      <translation>Simple majority</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Mayoría simple: {0}</source>
      <translation>Simple majority: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Mayoría «{0}» desconocida; use {1}.</source>
      <translation>Unknown majority “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Mayoría:</source>
      <translation>Majority:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Medio de pago «{0}» desconocido; use {1}.</source>
      <translation>Unknown payment method “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/poderes.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Miembro suspendido</source>
      <translation>Suspended member</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Miembro suspendido desde el {0}.</source>
      <translation>Member suspended since {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Miembro suspendido desde el {0}: {1}</source>
      <translation>Member suspended since {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Miembros</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Mientras se firmaba, se guardó otra firma de {0}. No se guardó esta: vuelva a firmar (se agregará sobre la última).</source>
      <translation>While signing, another signature of {0} was saved. This one was not saved: sign again (it will be added on top of the latest one).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Mientras tenía abierta {0}, otro programa (la línea de órdenes u otra ventana) guardó cambios en el mismo registro. Todavía no se guardó nada de lo suyo.</source>
      <translation>While you had {0} open, another program (the command line or another window) saved changes to the same record. None of your changes have been saved yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Modo de ingreso</source>
      <translation>Admission method</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Momento (hora local)</source>
      <translation>Time (local time)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Moneda</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Moneda de los cargos: {0}.</source>
      <translation>Currency of the charges: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Moneda: {0}.</source>
      <translation>Currency: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Monto: {0}.</source>
      <translation>Amount: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>Morosidad al {0}</source>
      <translation>Arrears as of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Motivo</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Motivo de la anulación: {0}. No se anuló el pago.</source>
      <translation>Reason for voiding: {0}. The payment was not voided.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>Motivo de la cancelación: {0}. No se cambió nada.</source>
      <translation>Reason for the cancellation: {0}. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Motivo del cambio de mayoría</source>
      <translation>Reason for the change of majority</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Motivo del estado</source>
      <translation>Status reason</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Motivo:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Municipio</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Más de 365 días</source>
      <translation>Over 365 days</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Máximo de poderes por miembro</source>
      <translation>Maximum proxies per member</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Máximo de poderes: {0} es demasiado; escriba de 0 a 10.000 (o «sin máximo»).</source>
      <translation>Maximum proxies: {0} is too many; enter 0 to 10,000 (or “no maximum”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Método «{0}» desconocido; use {1}.</source>
      <translation>Unknown method “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Método:</source>
      <translation>Method:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Nada que importar: la fila del archivo ya está en el padrón tal cual.</source>
      <translation>Nothing to import: the file's row is already in the member register exactly as it is.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Nada que importar: las {0} filas del archivo ya están en el padrón tal cual.</source>
      <translation>Nothing to import: the file's {0} rows are already in the member register exactly as they are.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Ninguna candidatura alcanzó la mayoría: {0} obtuvo {1} y {2} ({3}); {4}. {5}</source>
      <translation>No candidacy reached the majority: {0} obtained {1} and {2} ({3}); {4}. {5}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Ninguna candidatura obtuvo votos: no hay candidatura electa. {0}</source>
      <translation>No candidacy received any votes: no candidacy is elected. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Ninguna candidatura obtuvo votos: no hay candidaturas electas.</source>
      <translation>No candidacy received any votes: no candidacies are elected.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Ninguna sesión está de viaje: no hay viaje que cancelar.</source>
      <translation>No session is on a trip: there is no trip to cancel.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Ningún documento emitido por esta base tiene el código {0}: es de otra base de datos, está mal copiado o es falso.</source>
      <translation>No document issued by this database has the code {0}: it is from another database, it was copied wrongly, or it is fake.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Nivel</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Nivel B-B, con los datos de validación a largo plazo (cadena y revocación) guardados en el PDF: se puede validar sin conexión, pero sin sello de tiempo no llega a B-LT (la hora es la de esta computadora).</source>
      <translation>Level B-B, with the long-term validation data (chain and revocation) stored in the PDF: it can be validated offline, but without a timestamp it does not reach B-LT (the time is that of this computer).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Nivel {0}.</source>
      <translation>Level {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Nivel {0}: validación a largo plazo posible (la cadena y los datos de revocación van en el PDF).</source>
      <translation>Level {0}: long-term validation possible (the chain and the revocation data are in the PDF).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Nivel:</source>
      <translation>Level:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>No (de baja)</source>
      <translation>No (withdrawn)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No cambió nada: los datos indicados ya eran los de la asociación.</source>
      <translation>Nothing changed: the data given were already the association’s.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No existe el archivo {0}. Revise la ruta.</source>
      <translation>The file {0} does not exist. Check the path.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No existe el archivo {0}. Revise la ruta; no se guardó nada.</source>
      <translation>The file {0} does not exist. Check the path; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>No existe el archivo {0}: indique la copia que hizo «escritorio servidor llevar» (por ejemplo, cumbre.db).</source>
      <translation>The file {0} does not exist: give the copy made by “escritorio servidor llevar” (for example, cumbre.db).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No existe el mandato {0}.</source>
      <translation>Term of office {0} does not exist.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No existe el miembro con id {0} en esta asociación.</source>
      <translation>There is no member with id {0} in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No existe el miembro con id {0} en esta asociación. Consulte los ids con «miembros listar».</source>
      <translation>There is no member with id {0} in this association. Look up the ids with “miembros listar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No existe el miembro con id {0} en esta asociación; vea los ids con «escritorio miembros listar».</source>
      <translation>There is no member with id {0} in this association; see the ids with “escritorio miembros listar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No existe el miembro con id {0}.</source>
      <translation>There is no member with id {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No existe el miembro con id {0}. Consulte los ids con «miembros listar».</source>
      <translation>There is no member with id {0}. Look up the ids with “miembros listar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No existe el pago {0} en esta asociación.</source>
      <translation>Payment {0} does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No existe el punto {0}.</source>
      <translation>Item {0} does not exist.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No existe el respaldo {0}.</source>
      <translation>The backup {0} does not exist.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>No existe el órgano {0} en esta asociación.</source>
      <translation>Body {0} does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No existe la asociación {0}.</source>
      <translation>There is no association {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No existe la base de datos {0}. No se creó nada.</source>
      <translation>The database {0} does not exist. Nothing was created.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>No existe la base {0}: no hay nada que recuperar.</source>
      <translation>The database {0} does not exist: there is nothing to recover.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No existe la candidatura {0}.</source>
      <translation>Candidacy {0} does not exist.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No existe la carpeta {0} para {1}: {2}. Elija una carpeta existente (o créela primero).</source>
      <translation>The folder {0} for {1} does not exist: {2}. Choose an existing folder (or create it first).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/archivos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No existe la carpeta {0}; elija una carpeta existente.</source>
      <translation>The folder {0} does not exist; choose an existing folder.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No existe la norma {0} en esta asociación.</source>
      <translation>Rule {0} does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No existe la regla de composición {0} en esta asociación. Las reglas de un órgano, con su número, se ven con «organos composicion ORGANO» o en Órganos &gt; Reglas de composición…</source>
      <translation>Composition rule {0} does not exist in this association. A body’s rules, with their numbers, are shown with “organos composicion ORGANO” or in Bodies &gt; Composition rules…</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>No existe la regla de composición {0} en esta asociación. Las reglas que citan un texto reformado se listan con «escritorio estatutos reglas».</source>
      <translation>Composition rule {0} does not exist in this association. Rules that cite an amended text are listed with “escritorio estatutos reglas”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>No existe la resolución {0} en esta asociación (vea «escritorio resoluciones listar»).</source>
      <translation>Resolution {0} does not exist in this association (see “escritorio resoluciones listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No existe la resolución {0} en esta asociación («escritorio resoluciones listar --json» da los números). No se firmó nada.</source>
      <translation>Resolution {0} does not exist in this association (“escritorio resoluciones listar --json” gives the numbers). Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>No existe la resolución {0} en esta asociación.</source>
      <translation>Resolution {0} does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/viaje.py" />
      <source>No existe la sesión {0} en el servidor.</source>
      <translation>Session {0} does not exist on the server.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No existe la sesión {0} en esta asociación («escritorio sesiones listar» da los números). No se firmó nada.</source>
      <translation>Session {0} does not exist in this association (“escritorio sesiones listar” gives the numbers). Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No existe la sesión {0} en esta asociación.</source>
      <translation>Session {0} does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>No existe la unidad {0} en esta asociación.</source>
      <translation>Unit {0} does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>No existe {0} en esta asociación.</source>
      <translation>{0} does not exist in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>No fue adoptada en una sesión registrada.</source>
      <translation>It was not adopted at a recorded session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>No habiendo más asuntos que tratar, se levanta la sesión siendo las {0} horas.</source>
      <translation>There being no further business, the session is closed at {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>No hay a quién traspasar: defina el orden de sucesión de la Secretaría Ejecutiva.</source>
      <translation>There is no one to hand over to: define the order of succession of the Executive Secretariat.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>No hay candidaturas electas.</source>
      <translation>No candidacies are elected.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No hay cargos emitidos para {0}. Emítalos primero con «escritorio cuotas emitir {0}».</source>
      <translation>There are no charges issued for {0}. Issue them first with “escritorio cuotas emitir {0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>No hay nada para deshacer: sus últimos cambios ya están deshechos o no se pueden deshacer (solo la ficha de un miembro, la asistencia y el orden del día).</source>
      <translation>There is nothing to undo: your latest changes are already undone or cannot be undone (only a member's record, attendance and the agenda).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>No hay nada para rehacer.</source>
      <translation>There is nothing to redo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No hay ninguna asociación con la sigla «{0}» (existentes: {1}).</source>
      <translation>There is no association with the acronym “{0}” (existing: {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No hay ninguna asociación con la sigla «{0}»: {1}.</source>
      <translation>There is no association with the acronym “{0}”: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No hay ninguna escala de {0} vigente para {1}. Defina una con «escritorio cuotas escala definir» (o en Cuotas &gt; Escalas).</source>
      <translation>There is no scale for {0} in force for {1}. Define one with “escritorio cuotas escala definir” (or in Fees &gt; Fee scales).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No hay ninguna firma digital con el número {0} en esta asociación («escritorio firma listar» da los números).</source>
      <translation>There is no digital signature number {0} in this association (“escritorio firma listar” gives the numbers).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No hay ninguna norma «{0}» (hay: {1}).</source>
      <translation>There is no rule “{0}” (there are: {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No hay ningún órgano «{0}». Use su id o su nombre exacto (hay: {1}…).</source>
      <translation>There is no body “{0}”. Use its id or its exact name (there are: {1}…).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No hay quórum para votar: {0}</source>
      <translation>There is no quorum to vote: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>No hay sesiones para llevar: las que tienen el acta aprobada ya no admiten cambios.</source>
      <translation>There are no sessions to take: those with approved minutes no longer accept changes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>No hay un programa para abrir archivos {0} en esta computadora; el archivo está en:
{1}

Puede abrir la carpeta y copiarlo a otro equipo, o instalar un programa para ese tipo de archivo.</source>
      <translation>There is no program on this computer to open {0} files; the file is in:
{1}

You can open the folder and copy it to another computer, or install a program for that file type.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/respaldo.py" />
      <source>No hay un respaldo sano de esta base en {0}. La base dañada no se tocó. Si tiene un respaldo en otro lugar (una memoria USB, el correo), restáurelo con «escritorio respaldo restaurar ARCHIVO».</source>
      <translation>There is no healthy backup of this database in {0}. The damaged database was not touched. If you have a backup elsewhere (a USB drive, your email), restore it with “escritorio respaldo restaurar ARCHIVO”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No hay votos registrados: escriba los votos de cada candidatura (o elija el de cada miembro, si es nominal).</source>
      <translation>No votes recorded: enter the votes for each candidacy (or choose each member’s vote, if it is a roll call).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>No participa</source>
      <translation>Not participating</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No queda espacio en el disco donde está {0} (el disco está lleno): libere espacio (borre o mueva a otro disco archivos que no necesite) e inténtelo de nuevo; no se guardó nada.</source>
      <translation>There is no space left on the disk where {0} is (the disk is full): free up space (delete files you do not need or move them to another disk) and try again; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No queda espacio en el disco donde está {0}, y la base tiene cambios en su diario ({1}) que no se pueden leer sin espacio libre: libere espacio (borre o mueva a otro disco archivos que no necesite) y vuelva a abrirla. No se modificó nada.</source>
      <translation>There is no space left on the disk where {0} is, and the database has changes in its journal ({1}) that cannot be read without free space: free up space (delete files you do not need or move them to another disk) and open it again. Nothing was modified.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No queda espacio en el disco donde está {0}: la base se abre solo para consultar. Libere espacio (borre o mueva a otro disco archivos que no necesite) y vuelva a abrirla para poder modificarla.</source>
      <translation>There is no space left on the disk where {0} is: the database opens read-only. Free up space (delete files you do not need or move them to another disk) and open it again to be able to modify it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>No se admiten poderes{0}.</source>
      <translation>Proxies are not allowed{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No se adoptó la resolución:</source>
      <translation>The resolution was not adopted:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: el punto de {0} no fue aprobado en una votación; sin votación aprobada no {1} a nadie.</source>
      <translation>The resolution was not adopted: the item on {0} was not approved in a vote; without an approved vote it {1} no one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: la fecha desde la que rige ({0}) es anterior a la sesión que la decide ({1}).</source>
      <translation>The resolution was not adopted: the date from which it applies ({0}) is before the session that decides it ({1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: no existe el miembro con id {0} en esta asociación.</source>
      <translation>The resolution was not adopted: there is no member with id {0} in this association.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: solo la resolución de un punto de {0} {1}; este punto es de {2}. Agregue un punto con «--decision {3}» y vótelo.</source>
      <translation>The resolution was not adopted: only the resolution of an item on {0} {1}; this item is on {2}. Add an item with “--decision {3}” and put it to a vote.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: un miembro no se admite y se excluye a la vez.</source>
      <translation>The resolution was not adopted: a member cannot be admitted and expelled at the same time.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: {0} (id {1}) no es miembro (figura como {2} desde el {3}); no se lo excluye.</source>
      <translation>The resolution was not adopted: {0} (id {1}) is not a member (listed as {2} since {3}); it is not expelled.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: {0} (id {1}) no es una ciudad solicitante; se admite a quien pidió ingresar («escritorio miembros solicitud»).</source>
      <translation>The resolution was not adopted: {0} (id {1}) is not an applicant city; only a city that applied to join is admitted (“escritorio miembros solicitud”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: {0} pidió ingresar el {1}; no se la admite desde antes ({2}).</source>
      <translation>The resolution was not adopted: {0} applied to join on {1}; it cannot be admitted from an earlier date ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>No se adoptó la resolución: «desde» va con los miembros que admite o excluye.</source>
      <translation>The resolution was not adopted: a “from” date goes only with the members it admits or expels.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No se agregó el invitado:</source>
      <translation>The guest was not added:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>No se agregó la actividad:</source>
      <translation>The activity was not added:</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>No se aplica en las sesiones de: {0}.</source>
      <translation>It does not apply in the sessions of: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>No se aprobó el acta de la {0}: la {1} («{2}») no aprueba esta acta; no es la resolución de un punto de aprobación de esta acta.</source>
      <translation>The minutes of the {0} were not approved: {1} (“{2}”) does not approve these minutes; it is not the resolution of an approval item for these minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>No se aprobó el acta de {0}:</source>
      <translation>The minutes of {0} were not approved:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se cambió la categoría de {0}:</source>
      <translation>The category of {0} was not changed:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No se cambió la regla. Artículo: {0}.</source>
      <translation>The rule was not changed. Article: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se cambió la tolerancia:</source>
      <translation>The tolerance was not changed:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se cambió nada: indique el nombre, la sigla, el tipo, la sede, el papel, el idioma de los documentos o la dirección pública nuevos.</source>
      <translation>Nothing was changed: give the new name, acronym, type, headquarters, paper size, document language or public address.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se cargó la norma:</source>
      <translation>The rule was not loaded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No se cerró la elección:</source>
      <translation>The election was not closed:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No se convocó la sesión:</source>
      <translation>The session was not convened:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No se creó el órgano:</source>
      <translation>The body was not created:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se creó la asociación:</source>
      <translation>The association was not created:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No se definió la elección:</source>
      <translation>The election was not defined:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>No se deshizo «{0}». {1}</source>
      <translation>“{0}” was not undone. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No se dio de alta ningún miembro:</source>
      <translation>No member was added:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se emitió nada</source>
      <translation>Nothing was issued</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/normas.py" />
      <source>No se encontró ningún encabezado «Artículo N». Cada artículo debe empezar en una línea como «Artículo 1» o «Art. 1°».</source>
      <translation>No “Artículo N” heading was found. Each article must start on a line such as “Artículo 1” or “Art. 1°”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se encontró un nombre libre para el respaldo en {0}.</source>
      <translation>No free name for the backup was found in {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se exportó el padrón de cuotas</source>
      <translation>The fee register was not exported</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se exportó la morosidad</source>
      <translation>The arrears report was not exported</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No se exportó nada</source>
      <translation>Nothing was exported</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>No se fijó el orden de sucesión: {0} no es de esta asociación (use los ids de «escritorio miembros listar»).</source>
      <translation>The order of succession was not set: {0} is not from this association (use the ids from “escritorio miembros listar”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>No se fijó el período:</source>
      <translation>The period was not set:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No se firma digitalmente un «{0}»: solo actas aprobadas y resoluciones.</source>
      <translation>A “{0}” is not signed digitally: only approved minutes and resolutions.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se generó ningún aviso</source>
      <translation>No payment reminder was generated</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>No se guardaron las reglas de sesión:</source>
      <translation>The session rules were not saved:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>No se guardó el borrador del acta:</source>
      <translation>The draft minutes were not saved:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>No se guardó el resumen de cobranza</source>
      <translation>The collection summary was not saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se guardó la escala:</source>
      <translation>The scale was not saved:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se guardó lo escrito</source>
      <translation>Your text was not saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se guardó nada</source>
      <translation>Nothing was saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>No se guardó nada: el cambio chocó con el de otra persona en el servidor. Vuelva a intentarlo.</source>
      <translation>Nothing was saved: the change clashed with another person’s change on the server. Try again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>No se guardó nada: la base del servidor {0} es de una versión más nueva de Escritorio. Instale en este equipo la versión que usa el resto de la oficina.</source>
      <translation>Nothing was saved: the server database {0} is from a newer version of Escritorio. Install on this computer the version the rest of the office uses.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se guardó nada: la base {0} fue creada por una versión más nueva de Escritorio: se abre solo para consultar; actualice el programa para poder modificarla.</source>
      <translation>Nothing was saved: the database {0} was created by a newer version of Escritorio: it opens read-only; update the program to be able to modify it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/conflictos.py" />
      <source>No se guardó nada: mientras el formulario estaba abierto, otro programa (la línea de órdenes u otra ventana) cambió {0}:
{1}
Puede sobrescribir esos cambios con los suyos, recargar el formulario con los datos actuales (se pierde lo que escribió) o cancelar y revisar.</source>
      <translation>Nothing was saved: while the form was open, another program (the command line or another window) changed {0}:
{1}
You can overwrite those changes with yours, reload the form with the current data (what you typed is lost) or cancel and review.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No se guardó nada: mientras el formulario estaba abierto, otro programa quitó el contacto «{0}». Cierre el formulario; si hace falta, agréguelo de nuevo.</source>
      <translation>Nothing was saved: while the form was open, another program removed the contact “{0}”. Close the form; if needed, add it again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No se guardó nada: mientras la ficha estaba abierta, otro programa eliminó al miembro «{0}» (id {1}). Cierre la ficha; si hace falta, vuelva a darlo de alta.</source>
      <translation>Nothing was saved: while the record was open, another program deleted the member “{0}” (id {1}). Close the record; if needed, add it again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>No se guardó nada: otra persona está guardando cambios en la base del servidor {0} desde hace más de {1} segundos. Espere un momento y vuelva a intentarlo.</source>
      <translation>Nothing was saved: another person has been saving changes to the server database {0} for more than {1} seconds. Wait a moment and try again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No se guardó nada: otro programa (otra ventana de Escritorio, la línea de órdenes o una importación) está escribiendo en la base {0} desde hace más de {1} segundos. Espere a que termine y vuelva a intentarlo; si no hay otro programa abierto, cierre Escritorio y vuelva a abrirlo.</source>
      <translation>Nothing was saved: another program (another Escritorio window, the command line or an import) has been writing to the database {0} for more than {1} seconds. Wait for it to finish and try again; if no other program is open, close Escritorio and open it again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>No se guardó nada: su usuario del servidor («{0}») solo puede consultar. Si debe hacer este cambio, pida a quien administra el servidor el papel de secretaría o de tesorería.</source>
      <translation>Nothing was saved: your server user (“{0}”) can only view. If you need to make this change, ask whoever administers the server for the secretariat or treasury role.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se guardó ningún cambio de la asociación {0}:</source>
      <translation>No change to association {0} was saved:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se hizo nada</source>
      <translation>Nothing was done</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo borrar {0}: {1}</source>
      <translation>Could not delete {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>No se pudo completar</source>
      <translation>Could not be completed</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>No se pudo conectar con el servidor {0}: {1}. Revise que el equipo del servidor esté encendido y en la red, y que la dirección sea la correcta.</source>
      <translation>Could not connect to the server {0}: {1}. Check that the server machine is switched on and on the network, and that the address is correct.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo crear el respaldo en {0}: {1}. No se modificó nada.</source>
      <translation>The backup could not be created in {0}: {1}. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo crear la carpeta {0} para el respaldo: {1}. No se modificó nada.</source>
      <translation>The folder {0} for the backup could not be created: {1}. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se pudo guardar en la base el {0}: {1}</source>
      <translation>Could not save to the database on {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se pudo guardar {0} de {1}:

{2}

Lo escrito no se perdió: quedó copiado en el archivo
{3}
Ábralo con cualquier editor de texto para recuperarlo.</source>
      <translation>Could not save {0} for {1}:

{2}

What you wrote was not lost: it was copied to the file
{3}
Open it with any text editor to recover it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se pudo guardar {0} de {1}:

{2}

Tampoco se pudo copiar a un archivo en {3} ({4}).
Lo escrito sigue en pantalla: selecciónelo y cópielo (Ctrl+A, Ctrl+C) a otro programa antes de cerrar.</source>
      <translation>Could not save {0} for {1}:

{2}

It could not be copied to a file in {3} either ({4}).
What you wrote is still on screen: select it and copy it (Ctrl+A, Ctrl+C) into another program before closing.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No se pudo hacer el respaldo de apertura de {0} ({1}). La base abrió bien y no se perdió nada; haga un respaldo a mano (Archivo → Crear respaldo…) antes de cambiar datos importantes, y revise que la carpeta «respaldos» junto a la base exista y se pueda escribir.</source>
      <translation>Could not make the opening backup of {0} ({1}). The database opened correctly and nothing was lost; make a backup by hand (File → Create backup…) before changing important data, and check that the “respaldos” folder next to the database exists and can be written to.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>No se pudo hacer la copia de viaje.</source>
      <translation>The travel copy could not be made.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/impresion.py" />
      <source>No se pudo imprimir en «{0}»: la impresora no respondió. Revise que esté encendida y conectada, o guarde el documento y imprímalo desde otro equipo.</source>
      <translation>Could not print on “{0}”: the printer did not respond. Check that it is on and connected, or save the document and print it from another computer.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo leer el respaldo {0} ({1}). No se restauró nada; elija otro.</source>
      <translation>Could not read the backup {0} ({1}). Nothing was restored; choose another one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se pudo leer o escribir en el disco donde está {0}; no se guardó nada. Compruebe el disco (¿se desconectó una memoria USB o una unidad de red?) e inténtelo de nuevo.</source>
      <translation>Could not read from or write to the disk where {0} is; nothing was saved. Check the disk (was a USB drive or a network drive disconnected?) and try again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se pudo restaurar en {0}: {1}. La base anterior está a salvo{2}.</source>
      <translation>Could not restore into {0}: {1}. The previous database is safe{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se pudo usar el archivo{0}: {1}. {2}</source>
      <translation>The file{0} could not be used: {1}. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se pudo usar la base de datos {0}: {1}</source>
      <translation>Could not use the database {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>No se puede confirmar la elección:</source>
      <translation>The election cannot be confirmed:</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>No se puede crear la carpeta {0} para la base de datos. Elija otra ubicación con --db RUTA.</source>
      <translation>Cannot create the folder {0} for the database. Choose another location with --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se puede derogar el artículo {0}: no rige al {1}.</source>
      <translation>Article {0} cannot be repealed: it is not in force on {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>No se puede deshacer «{0}». {1}</source>
      <translation>Cannot undo “{0}”. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se puede escribir en la carpeta {0} ({1}): {2}. Elija otra carpeta para {3}.</source>
      <translation>Cannot write to the folder {0} ({1}): {2}. Choose another folder for {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/diagnostico.py" />
      <source>No se puede escribir en {0}: el archivo o su carpeta es de solo lectura. Copie la base a una carpeta propia (por ejemplo Documentos) y ábrala desde allí.</source>
      <translation>Cannot write to {0}: the file or its folder is read-only. Copy the database to a folder of your own (for example Documents) and open it from there.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/archivos.py" />
      <source>No se puede escribir {0} ({1}). Si el archivo está abierto en otro programa, ciérrelo; si la carpeta es de solo lectura, elija otra.</source>
      <translation>Cannot write {0} ({1}). If the file is open in another program, close it; if the folder is read-only, choose another.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No se puede escribir {0} ({1}). Si el archivo está abierto en otro programa, ciérrelo; si la carpeta es de solo lectura, elija otra. No se modificó nada.</source>
      <translation>Cannot write {0} ({1}). If the file is open in another program, close it; if the folder is read-only, choose another. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>No se puede escribir {0}: {1}. {2}. Elija otra carpeta u otro nombre (si la carpeta es de solo lectura o el archivo está abierto en otro programa).</source>
      <translation>Cannot write {0}: {1}. {2}. Choose another folder or another name (if the folder is read-only or the file is open in another program).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>No se puede leer {0}: {1}.</source>
      <translation>Cannot read {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se puede leer «{0}»: {1}. Revise la ruta; no se guardó nada.</source>
      <translation>Cannot read “{0}”: {1}. Check the path; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/paginas_pdf.py" />
      <source>No se puede mostrar {0}: no se pudo leer como PDF ({1}). Vuelva a generarlo.</source>
      <translation>Cannot show {0}: it could not be read as a PDF ({1}). Generate it again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>No se puede rehacer «{0}». {1}</source>
      <translation>Cannot redo “{0}”. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>No se puede restaurar en la carpeta {0}: {1}. No se tocó nada: la base sigue como estaba.</source>
      <translation>Cannot restore into the folder {0}: {1}. Nothing was touched: the database is as it was.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>No se quitó {0} de {1}:</source>
      <translation>{0} was not removed from {1}:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No se registró el cambio de estado:</source>
      <translation>The status change was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>No se registró el cambio de estado: mientras lo confirmaba, otro programa cambió los mandatos de {0}. Ahora terminarían:
{1}
Revise la lista y confirme de nuevo.</source>
      <translation>The status change was not recorded: while you were confirming it, another program changed the terms of office of {0}. These would now end:
{1}
Check the list and confirm again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>No se registró el mandato:</source>
      <translation>The term of office was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No se registró el pago:</source>
      <translation>The payment was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>No se registró el poder de {0} a {1}: {0} {2} en la sesión del {3}, y quien no vota no puede dar un poder (solo el propio voto se delega). Anótelo como ausente o excusado, sin poder.</source>
      <translation>The proxy from {0} to {1} was not recorded: {0} {2} at the session of {3}, and a member who does not vote cannot give a proxy (only one’s own vote can be delegated). Record it as absent or excused, without a proxy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>No se registró el poder de {0}: {1} {2} en la sesión del {3}. Un poder solo puede darse a un integrante del órgano con derecho a voto en esa sesión; elija a otro portador.</source>
      <translation>The proxy from {0} was not recorded: {1} {2} at the session of {3}. A proxy can only be given to a member of the body with voting rights at that session; choose another proxy holder.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>No se registró el traspaso. {0}</source>
      <translation>The handover was not recorded. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>No se registró la exención</source>
      <translation>The exemption was not recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>No se registró la reforma:</source>
      <translation>The amendment was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>No se registró la solicitud: la fecha de la solicitud ({0}) es posterior a hoy.</source>
      <translation>The application was not recorded: the application date ({0}) is later than today.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>No se registró la votación:</source>
      <translation>The vote was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>No se registró ningún pago.</source>
      <translation>No payment was recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/deshacer.py" />
      <source>No se rehízo «{0}». {1}</source>
      <translation>“{0}” was not redone. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>No se ve en la página: ninguna línea de firma libre lleva el nombre del certificado.</source>
      <translation>It does not appear on the page: no free signature line has the certificate's name.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>No vota: está dado de baja.</source>
      <translation>No vote: it has withdrawn.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>No votó</source>
      <translation>Did not vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Nombre</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Nombre del invitado</source>
      <translation>Guest’s name</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Nombre, sigla y tipo. Podrá cambiarlos más adelante en Archivo › Datos de la asociación.</source>
      <translation>Name, acronym and type. You can change them later in File › Association details.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Nombre:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Nominal</source>
      <translation>Roll call</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Nuevos</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Nº</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Número: «{0}» no es un número de sesión posible; escriba de 1 a 100.000 (o déjelo vacío para el siguiente).</source>
      <translation>Number: “{0}” is not a possible session number; enter 1 to 100,000 (or leave it empty for the next one).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Objetivos</source>
      <translation>Objectives</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Observador</source>
      <translation>Observer</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Ocurrió un error inesperado; los detalles quedaron en {0}.</source>
      <translation>An unexpected error occurred; the details were saved in {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Oficio</source>
      <translation>Legal</translation>
    </message>
    <message>
      <location filename="../../escritorio/errores.py" />
      <source>Operación cancelada: no se modificó nada.</source>
      <translation>Operation canceled: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Operador</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Orden de las fechas «{0}» desconocido: use dd/mm (día/mes/año) o mm/dd (mes/día/año).</source>
      <translation>Unknown date order “{0}”: use dd/mm (day/month/year) or mm/dd (month/day/year).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Orden de sucesión</source>
      <translation>Order of succession</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Orden del día</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Ordinaria</source>
      <translation>Ordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Ordinaria (regla general)</source>
      <translation>Ordinary (general rule)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/dominio/verificacion.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Organigrama</source>
      <translation>Organization chart</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Organización</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Otra ventana o programa está guardando en la base: esperando a que termine…</source>
      <translation>Another window or program is saving to the database: waiting for it to finish…</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Otro</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Otro país (nombre o código ISO)</source>
      <translation>Other country (name or ISO code)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Otro programa borró el diario de la base (el archivo «-wal» junto a ella) mientras esta ventana la tenía abierta. Escritorio dejó de guardar en ese momento.</source>
      <translation>Another program deleted the database's journal (the «-wal» file next to it) while this window had it open. Escritorio stopped saving at that moment.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/vigilancia.py" />
      <source>Otro programa borró o reemplazó el diario de la base ({0}) mientras Escritorio lo usaba. Lo que se guardara ahora se perdería, así que no se guardó nada. Vuelva a abrir la base (Archivo → Abrir, o repita la orden) y revise que esté lo último que guardó.</source>
      <translation>Another program deleted or replaced the database's journal ({0}) while Escritorio was using it. Anything saved now would be lost, so nothing was saved. Reopen the database (File → Open, or repeat the command) and check that what you saved last is there.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Otro programa cambió estos datos</source>
      <translation>Another program changed this data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>PDF firmado guardado en {0}.</source>
      <translation>Signed PDF saved to {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PDF/A</source>
      <translation>PDF/A</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PDFium (Google) y pypdfium2</source>
      <translation>PDFium (Google) and pypdfium2</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Padrón</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>Padrón de cuotas {0}</source>
      <translation>Fee roll {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/verificacion.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Padrón de miembros</source>
      <translation>Member register</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Padrón de miembros — {0}</source>
      <translation>Member register — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Pagados</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Pago de {0} registrado con el recibo {1}: imputado {2}</source>
      <translation>Payment from {0} recorded with receipt {1}: allocated {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Pago registrado con el recibo {0}: imputado {1}</source>
      <translation>Payment recorded with receipt {0}: allocated {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} anulado: {1}</source>
      <translation>Payment {0} voided: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} aplicado a la {1}: {2}</source>
      <translation>Payment {0} applied to the {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Pago {0} de {1} (miembro {2}, {3}):</source>
      <translation>Payment {0} of {1} (member {2}, {3}):</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} modificado: {1}</source>
      <translation>Payment {0} changed: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0} registrado: {1} por {2}{3}</source>
      <translation>Payment {0} recorded: {1} by {2}{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pago {0}: referencia «{1}» → «{2}»</source>
      <translation>Payment {0}: reference “{1}” → “{2}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Pago, recibo {0}</source>
      <translation>Payment, receipt {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pagos</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Papel</source>
      <translation>Paper size</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Papel de los documentos:</source>
      <translation>Paper size for documents:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Papel: «{0}» desconocido; use {1}.</source>
      <translation>Paper size: unknown “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/diagnostico.py" />
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>Para recuperar la base: «escritorio respaldo recuperar» (aparta el archivo dañado con la fecha y restaura el último respaldo sano de esta misma base).</source>
      <translation>To recover the database: “escritorio respaldo recuperar” (sets the damaged file aside with the date and restores the latest healthy backup of this same database).</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Participación en las unidades temáticas al {0}</source>
      <translation>Participation in the thematic units as of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>País asociado</source>
      <translation>Associate country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>País no reconocido: escriba su nombre o el código de dos letras.</source>
      <translation>Country not recognized: type its name or its two-letter code.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>País pleno</source>
      <translation>Full member country</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/ficha.py" />
      <source>País: {0}.</source>
      <translation>Country: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>País: «{0}» no es un país reconocido; use el código ISO de dos letras (AR, BR, UY…) o su nombre.</source>
      <translation>Country: “{0}” is not a recognized country; use the two-letter ISO code (AR, BR, UY…) or its name.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Países</source>
      <translation>Countries</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Países de la asociación</source>
      <translation>Association countries</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Países miembros</source>
      <translation>Member countries</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: categoría «{0}» para {1} desconocida; use {2} (por ejemplo {3}:pleno).</source>
      <translation>Countries: unknown category “{0}” for {1}; use {2} (for example {3}:pleno).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: elija al menos un país con su categoría (pleno, asociado u observador); los miembros solo pueden ser de los países de la asociación. Después podrá agregar, quitar o cambiar países en «Datos de la asociación».</source>
      <translation>Countries: choose at least one country with its category (full, associate or observer); members can only be from the association’s countries. You can add, remove or change countries later in “Association details”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: {0} figura dos veces; déjelo una sola vez.</source>
      <translation>Countries: {0} appears twice; leave it only once.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: «{0}:{1}» {2}.</source>
      <translation>Countries: “{0}:{1}” {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Países: «{0}» no es un país reconocido; use el código ISO de dos letras (AR, BR, UY…) o su nombre, por ejemplo "AR:pleno,UY:asociado".</source>
      <translation>Countries: “{0}” is not a recognized country; use the two-letter ISO code (AR, BR, UY…) or its name, for example "AR:pleno,UY:asociado".</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/mandatos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Persona</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Persona candidata</source>
      <translation>Candidate</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Período: «{0}» meses no es posible; escriba de 1 a {1} meses (12 = un año).</source>
      <translation>Period: “{0}” months is not possible; enter from 1 to {1} months (12 = one year).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>Pida un estado de cuenta nuevo: el saldo de hoy es otro.</source>
      <translation>Request a new account statement: today’s balance is different.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Plan de trabajo</source>
      <translation>Work plan</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Poblaciones</source>
      <translation>Populations</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Población de {0} corregida: {1} hab.{2}</source>
      <translation>Population of {0} corrected: {1} inhab.{2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Población de {0} quitada: {1} hab.{2}</source>
      <translation>Population of {0} removed: {1} inhab.{2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Población de {0}: {1} hab.{2}</source>
      <translation>Population of {0}: {1} inhab.{2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Población total</source>
      <translation>Total population</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Población: se agrega la cifra histórica {0}; sigue rigiendo {1}</source>
      <translation>Population: the historical figure {0} is added; {1} remains in force</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>Población: {0} → {1}</source>
      <translation>Population: {0} → {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Porcentaje: {0}. El porcentaje de exención va de 1 a 100 (100 = exención total); no se registró la exención.</source>
      <translation>Percentage: {0}. The exemption percentage goes from 1 to 100 (100 = full exemption); the exemption was not recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Preparando…</source>
      <translation>Preparing…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Presente</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>Preside</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Presidencia</source>
      <translation>Presidency</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Presidencia por el cargo en otro órgano</source>
      <translation>Presidency by virtue of a position in another body</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Presidenta</source>
      <translation>President</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Presidente</source>
      <translation>President</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Prevista</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problema</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problemas</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problemas al importar {0}</source>
      <translation>Problems importing {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Problemas de la importación</source>
      <translation>Import problems</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Programa empaquetado (instalado).</source>
      <translation>Packaged program (installed).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Prorrateo por meses</source>
      <translation>Prorated by month</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Prorrateo: {0} de 12 meses (baja {1})</source>
      <translation>Prorated: {0} of 12 months (withdrawal {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Prorrateo: {0} de 12 meses (ingreso {1})</source>
      <translation>Prorated: {0} of 12 months (joined {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Puestos por categoría de país</source>
      <translation>Seats by country category</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Puestos: escriba cuántos puestos se eligen, de 1 a {0}.</source>
      <translation>Seats: enter how many seats are elected, from 1 to {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Punto «{0}» agregado al orden del día de la {1}</source>
      <translation>Item “{0}” added to the agenda of the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Punto «{0}» modificado en el orden del día de la {1}</source>
      <translation>Item “{0}” changed in the agenda of the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Punto «{0}» quitado del orden del día de la {1}</source>
      <translation>Item “{0}” removed from the agenda of the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Puntos de aprobación de actas</source>
      <translation>Minutes approval items</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PySide6</source>
      <translation>PySide6</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PySide6 (Qt para Python)</source>
      <translation>PySide6 (Qt for Python)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>PySide6-Essentials</source>
      <translation>PySide6-Essentials</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>QtAwesome</source>
      <translation>QtAwesome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>QtAwesome (The Spyder development team)</source>
      <translation>QtAwesome (The Spyder development team)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Queda 1 puesto</source>
      <translation>1 seat remains</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Queda registrado: {0}

La {1} cerrada no se puede repetir ni corregir.</source>
      <translation>This will be recorded: {0}

Once closed, the {1} cannot be repeated or corrected.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Quedan {0} puestos</source>
      <translation>{0} seats remain</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Quitado</source>
      <translation>Removed</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Qué pasó</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Quórum ({0})</source>
      <translation>Quorum ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>Quórum: {0}.</source>
      <translation>Quorum: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Quórum: {0}; {1}.</source>
      <translation>Quorum: {0}; {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/actividad.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Realizada</source>
      <translation>Completed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Recargar</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Rechazada: {0}; mayoría simple: {1}.</source>
      <translation>Rejected: {0}; simple majority: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Rechazada: {0}; no hay mayoría que alcanzar: la base ({1}) es cero ({2}).</source>
      <translation>Rejected: {0}; there is no majority to reach: the base ({1}) is zero ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Rechazada: {0}; {1} ({2}).</source>
      <translation>Rejected: {0}; {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Recibo</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Recibo N.º {0}</source>
      <translation>Receipt No. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Recibo guardado en {0}</source>
      <translation>Receipt saved to {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Recibo impreso.</source>
      <translation>Receipt printed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>Recibo {0}</source>
      <translation>Receipt {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Recibo {0} emitido (pago de {1})</source>
      <translation>Receipt {0} issued (payment from {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Recibos</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Recomendación</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Red</source>
      <translation>Network</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/primer_uso.py" />
      <source>Red de ejemplo</source>
      <translation>Demo network</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Reemplazados</source>
      <translation>Superseded</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Reemplazar archivo</source>
      <translation>Replace file</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Referencia: {0}.</source>
      <translation>Reference: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reforma de {0} vigente desde el {1}</source>
      <translation>Amendment of {0} in force since {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Reforma de «{0}» (reforma {1}), vigente desde el {2}</source>
      <translation>Amendment of “{0}” (amendment {1}), in force from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Reforma del estatuto</source>
      <translation>Amendment of the statutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>Reforma del reglamento</source>
      <translation>Amendment of the regulations</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Reformas</source>
      <translation>Amendments</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Registrar la solicitud</source>
      <translation>Record the application</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Registre primero la votación de este punto.</source>
      <translation>Record the vote on this item first.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Registro</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Región</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de composición {0} modificada: {1}</source>
      <translation>Composition rule {0} changed: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de composición {0} nueva: {1}</source>
      <translation>New composition rule {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de composición {0} quitada: {1}</source>
      <translation>Composition rule {0} removed: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Regla de ingreso «{0}» desconocida; use {1}.</source>
      <translation>Unknown admission rule “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Regla de la baja «{0}» desconocida; use {1}.</source>
      <translation>Unknown withdrawal rule “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de sesión {0} ({1}) modificada, vigente desde el {2}</source>
      <translation>Session rule {0} ({1}) changed, in force since {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de sesión {0} ({1}) nueva, vigente desde el {2}</source>
      <translation>New session rule {0} ({1}), in force since {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Regla de sesión {0} ({1}) quitada, vigente desde el {2}</source>
      <translation>Session rule {0} ({1}) removed, in force since {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Regla «{0}» desconocida; use {1}.</source>
      <translation>Unknown rule “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reglamento</source>
      <translation>Regulations</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reglas de composición</source>
      <translation>Composition rules</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reglas de sesión</source>
      <translation>Session rules</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_deshacer.py" />
      <source>Rehecho: {0}</source>
      <translation>Redone: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>ReportLab</source>
      <translation>ReportLab</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Representación — {0}</source>
      <translation>Representation — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Representante</source>
      <translation>Representative</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Resoluciones</source>
      <translation>Resolutions</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/dominio/verificacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/adherentes.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Resolución</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Resolución {0}</source>
      <translation>Resolution {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo creado</source>
      <translation>Backup created</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo de Escritorio (*.db)</source>
      <translation>Escritorio backup (*.db)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Respaldo de apertura</source>
      <translation>Backup on opening</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo guardado en:
{0}</source>
      <translation>Backup saved in:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Respaldo restaurado</source>
      <translation>Backup restored</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Restaurar respaldo</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Resultado</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Resultaron electas {0} de {1}: {2}.</source>
      <translation>{0} elected for {1}: {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Resultó electa 1 de {0}: {1}.</source>
      <translation>1 elected for {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Resultó electa la candidatura de {0}, con {1}; {2} ({3}). {4}</source>
      <translation>The candidacy of {0} was elected, with {1}; {2} ({3}). {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Resumen</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Resumen de cobranza</source>
      <translation>Collection summary</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Resumen de cobranza {0}</source>
      <translation>Collection summary {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Resumen del punto</source>
      <translation>Item summary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Retirado</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>Revise la ruta (o elija otra carpeta u otro nombre) y repita la orden.</source>
      <translation>Check the path (or choose another folder or name) and run the command again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Revise los datos marcados:</source>
      <translation>Check the highlighted fields:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y defina una escala nueva desde el {0} si cambia lo que se cobra (Cuotas &gt; Escalas &gt; «Nueva escala…»).</source>
      <translation>Review it and define a new fee scale from {0} if what is charged changes (Fees &gt; Fee scales &gt; “New fee scale…”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y guarde una versión nueva de la regla desde el {0} (Órganos &gt; Reglas de sesión…, «Rigen desde»).</source>
      <translation>Review it and save a new version of the rule from {0} (Bodies &gt; Session rules…, “In force from”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y vuelva a guardarla (Cuotas &gt; Morosidad &gt; «Cambiar la regla…», o «escritorio cuotas regla-voto»).</source>
      <translation>Review it and save it again (Fees &gt; Arrears &gt; “Change the rule…”, or “escritorio cuotas regla-voto”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Revísela y vuelva a guardarla (Órganos &gt; Reglas de sesión…, «Días de anticipación de la convocatoria»).</source>
      <translation>Review it and save it again (Bodies &gt; Session rules…, “Days of advance notice”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Rige desde</source>
      <translation>In force from</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>Rige hasta</source>
      <translation>In force until</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Rigen desde</source>
      <translation>In force from</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>SIL Open Font License 1.1</source>
      <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>SOLO LECTURA — {0} No se puede guardar ningún cambio.</source>
      <translation>READ-ONLY — {0} No changes can be saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se convoca con al menos 1 día de anticipación{0}.</source>
      <translation>Notice of meeting is given at least 1 day in advance{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Se convoca con al menos {0} días de anticipación{1}.</source>
      <translation>Notice of meeting is given at least {0} days in advance{1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Se dieron certificados de la cadena o CRL, pero el nivel {0} no los guarda: solo B-LT y B-LTA llevan los datos de validación. Pida uno de esos niveles o quite los archivos. No se firmó nada.</source>
      <translation>Chain certificates or CRLs were given, but level {0} does not store them: only B-LT and B-LTA carry the validation data. Choose one of those levels or remove the files. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>Se emitió cuando el acta de su sesión estaba en borrador; hoy está aprobada (el {0}): la versión vigente cita el acta aprobada.</source>
      <translation>It was issued when the minutes of its session were a draft; today they are approved (on {0}): the current version cites the approved minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Se espera un archivo de texto (.txt o .md, en UTF-8 o Windows-1252) con cada artículo en una línea «Artículo N»; si el estatuto está en Word o PDF, cópielo y péguelo en un archivo de texto (o en el formulario de la ventana).</source>
      <translation>A text file is expected (.txt or .md, in UTF-8 or Windows-1252) with each article on a line “Artículo N”; if the statutes are in Word or PDF, copy and paste them into a text file (or into the form in the window).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>Se perdió la conexión con el servidor {0}: no se guardó nada. Revise la red y vuelva a abrir la base; lo que estaba escribiendo no llegó al servidor.</source>
      <translation>The connection to the server {0} was lost: nothing was saved. Check the network and open the database again; what was being written did not reach the server.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/recibo_pago.py" />
      <source>Se pidió al sistema abrirlo en su visor de PDF.</source>
      <translation>The system was asked to open it in its PDF viewer.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Se reemplazará la base
{0}{1}
por el respaldo
{2}{3}.

Antes se guardará una copia de la base actual en la carpeta «respaldos».</source>
      <translation>The database
{0}{1}
will be replaced with the backup
{2}{3}.

A copy of the current database will first be saved in the “respaldos” folder.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Se restauró el respaldo {0}.
El archivo dañado quedó guardado como:
{1}</source>
      <translation>Backup {0} was restored.
The damaged file was kept as:
{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Se saltó a {0} ({1}): {2} ya completó su cupo de {3} ({4}).</source>
      <translation>{0} ({1}) was skipped: {2} has already filled its quota of {3} ({4}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Se superpone con la escala de {0} vigente desde el {1} al {2}: dos escalas no pueden regir el mismo día. Ponga fin a la anterior o elija otras fechas.</source>
      <translation>It overlaps the {0} scale in force from {1} to {2}: two scales cannot apply on the same day. End the earlier one or choose other dates.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Se superpone con la escala de {0} vigente desde el {1} sin fecha de fin: dos escalas no pueden regir el mismo día. Ponga fin a la anterior o elija otras fechas.</source>
      <translation>It overlaps the {0} scale in force from {1} with no end date: two scales cannot apply on the same day. End the earlier one or choose other dates.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Se ve sobre la línea de firma de {0}.</source>
      <translation>It appears over the signature line of {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/diario.py" />
      <source>Se volvió a abrir la base</source>
      <translation>The database was reopened</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Secreta</source>
      <translation>Secret ballot</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Secretaria</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Secretario</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Secretario Ejecutivo</source>
      <translation>Executive Secretary</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Secretario de Finanzas</source>
      <translation>Finance Secretary</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Secretario de Programación</source>
      <translation>Program Secretary</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>Secretaría</source>
      <translation>Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Secretaría Ejecutiva</source>
      <translation>Executive Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Secretaría Ejecutiva anterior, actual y siguiente</source>
      <translation>Previous, current and next Executive Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Secretaría Ejecutiva: {0} → {1} desde el {2}</source>
      <translation>Executive Secretariat: {0} → {1} from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Secretaría Técnica</source>
      <translation>Technical Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Sede</source>
      <translation>Headquarters</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Segunda vuelta: {0}</source>
      <translation>Runoff: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>Según el sistema ({0})</source>
      <translation>System default ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Según la base de datos hoy:</source>
      <translation>According to the database today:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Según la base de datos:</source>
      <translation>According to the database:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Según sus metadatos, Escritorio escribió este PDF («{0}») para «{1}», que no es una asociación de esta base, y no lleva código de verificación: no es un documento de esta base.</source>
      <translation>According to its metadata, Escritorio wrote this PDF (“{0}”) for “{1}”, which is not an association in this database, and it carries no verification code: it is not a document from this database.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Según sus metadatos, es un documento de esta base, sin código de verificación: «{0}», de {1}, emitido el {2}. Se generó antes de que ese documento llevara código (o desde una base abierta solo para consultar).</source>
      <translation>According to its metadata, it is a document from this database, without a verification code: “{0}”, from {1}, issued on {2}. It was generated before that document carried a code (or from a database opened read-only).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Sello de tiempo:</source>
      <translation>Timestamp:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/recientes.py" />
      <source>Servidor: {0} en {1} ({2})</source>
      <translation>Server: {0} on {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Sesiones</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Sesiones de viaje</source>
      <translation>Session trips</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Sesión</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Sesión celebrada</source>
      <translation>Session held</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión devuelta al servidor: {0} filas agregadas, {1} cambiadas y {2} borradas; {3} documentos emitidos en la copia quedaron registrados allá. Ya se puede modificar en el servidor; la copia queda en este equipo como estaba.</source>
      <translation>Session returned to the server: {0} rows added, {1} changed and {2} deleted; {3} documents issued in the copy were recorded there. It can now be changed on the server; the copy stays on this computer as it was.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión que se lleva. En el servidor queda de solo lectura hasta que vuelva:</source>
      <translation>Session to take. On the server it stays read-only until it returns:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión {0} llevada: en el servidor queda de solo lectura hasta que vuelva.

La copia es {1}. Trabaje en ella sin conexión (asistencia, votaciones, el acta) y, al volver, elija «Archivo → Devolver la sesión al servidor».

¿Abrir la copia ahora?</source>
      <translation>Session {0} taken: on the server it stays read-only until it returns.

The copy is {1}. Work on it offline (attendance, votes, the minutes) and, on return, choose “File → Return the session to the server”.

Open the copy now?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Sesión {0}, llevada por {1} el {2} (UTC)</source>
      <translation>Session {0}, taken out by {1} on {2} (UTC)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Sigla</source>
      <translation>Acronym</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Sigla:</source>
      <translation>Acronym:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Sigla: ya existe una asociación con la sigla «{0}»; elija otra.</source>
      <translation>Acronym: an association with the acronym “{0}” already exists; choose another.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Sin cambios</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>Sin candidaturas.</source>
      <translation>No candidacies.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Sin conexión: los certificados de la cadena (intermedio, raíz: .crt, .cer, .pem) y las listas de revocación (.crl) de su autoridad certificante. Con conexión no hacen falta: se buscan solos.</source>
      <translation>Offline: the chain certificates (intermediate, root: .crt, .cer, .pem) and the revocation lists (.crl) of your certificate authority. Online they are not needed: they are fetched automatically.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Sin código no se puede comprobar contra la base que diga lo que se registró (los metadatos de un PDF se pueden escribir a mano). Para tener uno verificable, vuelva a generarlo desde Escritorio: sale con su código.</source>
      <translation>Without a code, it cannot be checked against the database that it says what was recorded (a PDF's metadata can be written by hand). To get a verifiable one, generate it again from Escritorio: it comes out with its code.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>Sin datos</source>
      <translation>No data</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Sin población</source>
      <translation>No population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sin voto</source>
      <translation>Non-voting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Sobrescribir</source>
      <translation>Overwrite</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Solicitante</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/solicitud.py" />
      <source>Solicitud de ingreso</source>
      <translation>Membership application</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Solicitud propia</source>
      <translation>Own application</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>Solo lectura</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Solo se firma un acta aprobada.</source>
      <translation>Only approved minutes can be signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>Su usuario del servidor («{0}») no tiene un papel de Escritorio: puede ver, pero no cambiar nada. Pida a quien administra el servidor que le asigne uno.</source>
      <translation>Your server user (“{0}”) has no Escritorio role: you can view, but not change anything. Ask whoever administers the server to assign you one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>Su usuario del servidor («{0}») tiene el papel de consulta: puede ver todo, pero no cambiar nada.</source>
      <translation>Your server user (“{0}”) has the read-only role: you can view everything, but not change anything.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>Su usuario del servidor («{0}», papel {1}) no tiene permiso para hacer este cambio: no se guardó nada. Si debe hacerlo, pida a quien administra el servidor que le dé el papel que corresponde.</source>
      <translation>Your server user (“{0}”, role {1}) is not allowed to make this change: nothing was saved. If you need to, ask whoever administers the server to give you the right role.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Su usuario no puede crear otros en el servidor: lo hace quien lo administra.</source>
      <translation>Your user cannot create others on the server: the server administrator does that.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Subcoordinador</source>
      <translation>Deputy Coordinator</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Suplente</source>
      <translation>Alternate</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Suspendida</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/morosidad.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Suspendido</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Suspensión de {0} desde el {1}</source>
      <translation>Suspension of {0} as of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Suspensión del voto por cuotas impagas</source>
      <translation>Suspension of voting for unpaid fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/morosidad.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Sí</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Tabla</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Tampoco se pudo abrir la carpeta. El archivo está en:
{0}</source>
      <translation>The folder could not be opened either. The file is in:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/ficha.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Teléfono</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Termina el mandato de {0}: {1} — {2}, el {3}</source>
      <translation>Ends the term of office of {0}: {1} — {2}, on {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>Termina su mandato de {3} de {4} por {0}{1}</source>
      <translation>Term of office as {3} of {4} ended by {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Tesorero</source>
      <translation>Treasurer</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Texto</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Texto de la resolución</source>
      <translation>Text of the resolution</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>Texto de una norma</source>
      <translation>Text of a rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Texto: difiere del emitido en espacios o signos.</source>
      <translation>Text: it differs from the issued one in spaces or punctuation.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Texto: {0}el archivo agrega «{1}», que el emitido no dice.</source>
      <translation>Text: {0}the file adds “{1}”, which the issued one does not say.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Texto: {0}el emitido dice «{1}» y el archivo dice «{2}».</source>
      <translation>Text: {0}the issued one says “{1}” and the file says “{2}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Texto: {0}el emitido dice «{1}» y el archivo no lo dice.</source>
      <translation>Text: {0}the issued one says “{1}” and the file does not.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Textos del acta</source>
      <translation>Texts of the minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>Tiene una fe de erratas posterior a este documento, del {0}: «{1}».</source>
      <translation>It has an errata later than this document, dated {0}: “{1}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Tipo</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>Tipo de adherente «{0}» desconocido; use {1}.</source>
      <translation>Unknown endorser type “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>Tipo de cambio: {0}.</source>
      <translation>Exchange rate: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tipo de cargo «{0}» desconocido; use {1}.</source>
      <translation>Unknown charge type “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de decisión «{0}» desconocido; use uno de estos: {1} (la regla de quórum y mayoría de cada uno está en las reglas de sesión del órgano).</source>
      <translation>Unknown type of decision “{0}”; use one of these: {1} (the quorum and majority rule for each one is in the body’s session rules).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de decisión «{0}» desconocido; use {1}.</source>
      <translation>Unknown type of decision “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Tipo de norma «{0}» desconocido; use {1}.</source>
      <translation>Unknown rule type “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de punto «{0}» desconocido; use {1}.</source>
      <translation>Unknown item type “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Tipo de sesión «{0}» desconocido; use ordinaria o extraordinaria.</source>
      <translation>Unknown session type “{0}”; use ordinaria or extraordinaria.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Tipo «{0}» desconocido; use {1}.</source>
      <translation>Unknown type “{0}”; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Tipo: «{0}» desconocido; use uno de: {1}.</source>
      <translation>Type: unknown “{0}”; use one of: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Titular</source>
      <translation>Full member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Todavía no hay firmas digitales.</source>
      <translation>There are no digital signatures yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Todavía no hay ninguna asociación en esta base. Cree una con «escritorio asociacion crear --nombre … --sigla …» o cargue la red de ejemplo con «escritorio demo».</source>
      <translation>There is no association in this database yet. Create one with “escritorio asociacion crear --nombre … --sigla …” or load the demo network with “escritorio demo”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/recientes.py" />
      <source>Todavía no se abrió ninguna otra base</source>
      <translation>No other database has been opened yet</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>Todo saldo impago cuenta para suspender el voto (sin tolerancia).</source>
      <translation>Any unpaid balance counts towards suspending the vote (no tolerance).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Todos los cargos</source>
      <translation>All charges</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>Todos los miembros activos</source>
      <translation>All active members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tolerancia (porcentaje de la cuota)</source>
      <translation>Tolerance (percentage of the fee)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tolerancia (unidades de la moneda)</source>
      <translation>Tolerance (currency units)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Tramo de escala modificado: desde {0} hab., {1}</source>
      <translation>Scale tier changed: from {0} inhab., {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Tramo de escala quitado: desde {0} hab., {1}</source>
      <translation>Scale tier removed: from {0} inhab., {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Tramo de escala: desde {0} hab., {1}</source>
      <translation>Scale tier: from {0} inhab., {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tramo {0}: importe {1}.</source>
      <translation>Tier {0}: amount {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Tramo {0}: {1}.</source>
      <translation>Tier {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Tramos de las escalas</source>
      <translation>Fee scale tiers</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Transferencia</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Tres cuartos</source>
      <translation>Three-quarters</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <location filename="../../escritorio/servicios/unidades.py" />
      <source>Título</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Título de la resolución</source>
      <translation>Title of the resolution</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Título del artículo {0}</source>
      <translation>Title of article {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Título del punto</source>
      <translation>Item title</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>Un acta la aprueba la resolución de un punto «Aprobación del acta»: se agrega al orden del día, se vota y se adopta su resolución.
Se hace al final de esta misma sesión o en la próxima sesión del órgano.</source>
      <translation>Minutes are approved by the resolution of an “Approval of the minutes” item: it is added to the agenda, put to a vote, and its resolution is adopted.
This is done at the end of this same session or at the body's next session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Un archivo con los certificados raíz de su autoridad certificante (.pem, .crt, .cer): con él se valida la confianza, sin conexión.</source>
      <translation>A file with the root certificates of your certification authority (.pem, .crt, .cer): it is used to validate trust, offline.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Un borrador se corrige directamente; la fe de erratas es para actas aprobadas.</source>
      <translation>A draft is corrected directly; an errata is for approved minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Un miembro figura dos veces en el orden de sucesión.</source>
      <translation>A member appears twice in the order of succession.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Un miembro no puede darse poder a sí mismo.</source>
      <translation>A member cannot give a proxy to itself.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Un miembro presente no da poder: vota por sí mismo.</source>
      <translation>A member who is present does not give a proxy: it votes for itself.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>Un país agregado por error se borra entero, sin fecha ni artículo: quite la fecha y el artículo, o quítelo desde una fecha sin marcar «por error».</source>
      <translation>A country added by mistake is deleted entirely, with no date or article: remove the date and the article, or remove it as of a date without ticking “by mistake”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>Un saldo de hasta {0} no suspende el voto{1}.</source>
      <translation>A balance of up to {0} does not suspend the vote{1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>Un saldo de hasta {0} o {1} no suspende el voto{2}.</source>
      <translation>A balance of up to {0} or {1} does not suspend the vote{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Una decisión ordinaria pide</source>
      <translation>An ordinary decision requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>Una declaración no admite ni excluye miembros: adopte una resolución.</source>
      <translation>A declaration neither admits nor expels members: adopt a resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>Una elección exige</source>
      <translation>An election requires</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/traslado.py" />
      <source>Una fila de la tabla «{0}» no entra en el servidor ({1}): no se guardó nada en el servidor. Corra «escritorio verificar» sobre la base local: lo más probable es que esa fila se haya cambiado por fuera de Escritorio.</source>
      <translation>A row of the table “{0}” is not accepted by the server ({1}): nothing was saved on the server. Run “escritorio verificar” on the local database: most likely that row was changed outside Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Unidad</source>
      <translation>Drive</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Unidad temática</source>
      <translation>Thematic unit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_aprobacion.py" />
      <source>Use el botón «Sesión celebrada…», arriba a la derecha.</source>
      <translation>Use the “Session held…” button, at the top right.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>Usuario</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Validación:</source>
      <translation>Validation:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>Valor</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>Vencimiento</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Verificar las firmas de un PDF</source>
      <translation>Verify the signatures of a PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Verificar otro PDF…</source>
      <translation>Verify another PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Viaje de la sesión {0} cancelado: ya se puede modificar en el servidor.</source>
      <translation>Trip of session {0} cancelled: it can now be changed on the server.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Viaje de la {0} cancelado por {1}: {2}</source>
      <translation>Trip of the {0} cancelled by {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>Viaje que se cancela:</source>
      <translation>Trip to cancel:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/efectos.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>Vicepresidente</source>
      <translation>Vice-President</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Vigente</source>
      <translation>In force</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Vigente desde</source>
      <translation>In force from</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>Vigentes</source>
      <translation>Current</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votaciones</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Votación</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votación abierta sobre {0}</source>
      <translation>Vote opened on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votación cerrada (aprobada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}</source>
      <translation>Vote closed (approved: {0} in favour, {1} against, {2} abstentions) on {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votación cerrada (rechazada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}</source>
      <translation>Vote closed (rejected: {0} in favour, {1} against, {2} abstentions) on {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>Votación {0}. Elección de {1}. {2}</source>
      <translation>Vote: {0}. Election of {1}. {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Votación {0}. {1}</source>
      <translation>Vote: {0}. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Voto</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/poderes.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Voto suspendido por cuotas impagas</source>
      <translation>Vote suspended for unpaid fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votos de elecciones</source>
      <translation>Election ballots</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Votos nominales</source>
      <translation>Roll-call votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Votos: {0}; {1}.</source>
      <translation>Votes: {0}; {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>Ya existe
{0}{1}

¿Reemplazarlo por un respaldo nuevo? Solo se reemplaza si es un respaldo anterior de esta misma base; cualquier otro archivo queda intacto.</source>
      <translation>This file already exists:
{0}{1}

Replace it with a new backup? It is only replaced if it is an earlier backup of this same database; any other file is left untouched.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>Ya existe el miembro «{0}» ({1}) con el mismo país, región y nombre (sin contar mayúsculas ni acentos). Si es el mismo, ábralo desde el padrón; si es otro, agregue al nombre algo que lo distinga (por ejemplo, el departamento o la provincia) o el código oficial de ambos.</source>
      <translation>The member “{0}” ({1}) already exists with the same country, region and name (ignoring capitals and accents). If it is the same one, open it from the register; if it is another, add something to the name that distinguishes it (for example, the department or province) or the official code of both.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Ya existe el usuario «{0}» en el servidor.</source>
      <translation>The user “{0}” already exists on the server.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>Ya existe un órgano llamado «{0}».</source>
      <translation>A body named “{0}” already exists.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>Ya existe {0}. No se reemplazó. Elija otro nombre, o una carpeta (el nombre del respaldo se elige solo); para reemplazar un respaldo anterior de esta misma base, pídalo explícitamente (en la línea de órdenes, --reemplazar).</source>
      <translation>{0} already exists. It was not replaced. Choose another name, or a folder (the backup name is chosen automatically); to replace an earlier backup of this same database, ask for it explicitly (on the command line, --reemplazar).</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>Ya existe {0}. No se reemplazó; elija otro nombre.</source>
      <translation>{0} already exists. It was not replaced; choose another name.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>Ya existe {0}: no se exportó nada. Elija otro nombre, o agregue --reemplazar para reemplazar ese archivo.</source>
      <translation>{0} already exists: nothing was exported. Choose another name, or add --reemplazar to replace that file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>Ya existe {0}: no se reemplaza. Elija otro nombre para la copia de viaje.</source>
      <translation>{0} already exists: it is not replaced. Choose another name for the travel copy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>Ya existe {0}: no se reemplaza. Elija otro nombre para la copia.</source>
      <translation>{0} already exists: it is not replaced. Choose another name for the copy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>Ya existe {0}: {1}. Elija otro nombre para {2}, o agregue --reemplazar para reemplazar ese archivo.</source>
      <translation>{0} already exists: {1}. Choose another name for {2}, or add --reemplazar to replace that file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>Ya existe «{0}» en esa carpeta. ¿Reemplazarlo?</source>
      <translation>“{0}” already exists in that folder. Replace it?</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/rotacion.py" />
      <source>Ya hay un traspaso registrado desde el {0} ({1}): no se puede registrar otro en esa fecha o antes.</source>
      <translation>A handover is already recorded from {0} ({1}): another one cannot be recorded on that date or earlier.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>Ya hay una reforma de esos artículos con vigencia el {0}; elija otra fecha o corrija la reforma existente.</source>
      <translation>There is already an amendment of those articles in force on {0}; choose another date or correct the existing amendment.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>a favor + en contra (las abstenciones no cuentan)</source>
      <translation>in favor + against (abstentions do not count)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>a favor + en contra + abstenciones</source>
      <translation>in favor + against + abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>actividad a su cargo</source>
      <translation>activity in its charge</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>actividades a su cargo</source>
      <translation>activities in its charge</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>admite</source>
      <translation>admits</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>agregado</source>
      <translation>agregado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>al comienzo, </source>
      <translation>at the beginning, </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>alianza</source>
      <translation>alliance</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>alta en el padrón</source>
      <translation>added to the register</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>alterado o desconocido</source>
      <translation>altered or unknown</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>archivo</source>
      <translation>file</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>articulo</source>
      <translation>article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>artículo</source>
      <translation>article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>asistencia a una sesión</source>
      <translation>attendance at a session</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>asistencias a sesiones</source>
      <translation>attendances at sessions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>asociación nacional</source>
      <translation>national association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>asociado</source>
      <translation>associate</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>autoridad anterior</source>
      <translation>previous authority</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>autoridades anteriores</source>
      <translation>previous authorities</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>auténtico pero reemplazado</source>
      <translation>authentic but superseded</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>auténtico y vigente</source>
      <translation>authentic and current</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>año sin indicar</source>
      <translation>year not given</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>año {0}</source>
      <translation>year {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>babel</source>
      <translation>babel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/formularios.py" />
      <source>baja</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>borrador auténtico, no es el acta aprobada</source>
      <translation>authentic draft, not the approved minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>borrador: puede cambiar hasta que se apruebe</source>
      <translation>draft: it may change until it is approved</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>cada año</source>
      <translation>every year</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>cada mes</source>
      <translation>every month</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>cada {0} meses</source>
      <translation>every {0} months</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>cambiado</source>
      <translation>cambiado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>cambio de estado</source>
      <translation>status change</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/deshacer.py" />
      <source>cambio de la ficha de {0}</source>
      <translation>change to the record of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cambios de estado</source>
      <translation>status changes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>cambió el registro de la sesión (habilitados, votos o elecciones).</source>
      <translation>the session record changed (members entitled to vote, votes or elections).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>candidatura</source>
      <translation>candidacy</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>candidaturas</source>
      <translation>candidacies</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>cargo #{0}</source>
      <translation>charge #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cargo de cuotas</source>
      <translation>fee charge</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cargos de cuotas</source>
      <translation>fee charges</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cifra de población anterior</source>
      <translation>previous population figure</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>cifras de población anteriores</source>
      <translation>previous population figures</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>ciudades, regiones y población de la red de ejemplo</source>
      <translation>cities, regions and population of the demo network</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>columna {0}</source>
      <translation>column {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>columna {0} ({1})</source>
      <translation>column {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>con conexión se buscan solos</source>
      <translation>fetched automatically when online</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>con voto</source>
      <translation>voting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>con «Autoridades de confianza…»</source>
      <translation>with “Trusted authorities…”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>con_saldo</source>
      <translation>con_saldo</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>consulta (solo leer)</source>
      <translation>read-only (view only)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>corresponde una nueva votación</source>
      <translation>a new vote is required</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>corresponde una segunda vuelta entre {0}</source>
      <translation>a runoff between {0} is required</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>código {0}</source>
      <translation>code {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>de esta sesión</source>
      <translation>of this session</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>de la {0}</source>
      <translation>of the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>de la {0} ({1})</source>
      <translation>of the {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los miembros con derecho a voto</source>
      <translation>of the members entitled to vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los miembros presentes con derecho a voto</source>
      <translation>of the members present entitled to vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los votos a favor, en contra y abstenciones</source>
      <translation>of the votes in favor, against and abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los votos emitidos</source>
      <translation>of the votes cast</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de los votos válidos</source>
      <translation>of the valid votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>de todos los votos, contando blancos y nulos</source>
      <translation>of all votes, including blank and spoiled ballots</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>de {0}</source>
      <translation>of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>debe estar entre 1800 y {0}</source>
      <translation>must be between 1800 and {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>decisiones de resoluciones sobre el miembro</source>
      <translation>resolution decisions about the member</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>decisión de una resolución sobre el miembro</source>
      <translation>resolution decision about the member</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>del {0}</source>
      <translation>of the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>desde el {0}</source>
      <translation>from {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>desde el {0}, hasta el {1}</source>
      <translation>from {0} to {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>desde el {0}, sin fin</source>
      <translation>from {0}, with no end date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>desde siempre</source>
      <translation>from the beginning</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>después de «{0}», </source>
      <translation>after “{0}”, </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>dibuja las páginas de la vista previa y de la impresión (sus licencias, en el paquete de pypdfium2)</source>
      <translation>draws the pages of the preview and of printing (their licenses, in the pypdfium2 package)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>dibuja los íconos de la ventana</source>
      <translation>draws the interface icons</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>dirección del servidor de sello de tiempo (http://…)</source>
      <translation>timestamp server address (http://…)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/verificacion.py" />
      <source>documento de esta base sin código de verificación</source>
      <translation>document from this database without a verification code</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>dos tercios</source>
      <translation>two-thirds</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>dos tercios de {0}</source>
      <translation>two-thirds of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>el PDF firmado</source>
      <translation>the signed PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>el PDF firmado por {0} el {1}</source>
      <translation>the PDF signed by {0} on {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>el acta</source>
      <translation>the minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>el archivo .p12 o .pfx de quien firma</source>
      <translation>the signer’s .p12 or .pfx file</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el archivo es demasiado grande para este disco</source>
      <translation>the file is too large for this disk</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el archivo está abierto en otro programa; ciérrelo</source>
      <translation>the file is open in another program; close it</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el archivo está en uso por otro programa</source>
      <translation>the file is in use by another program</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>el archivo no tiene filas de datos debajo de los encabezados</source>
      <translation>the file has no data rows below the headers</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>el año</source>
      <translation>the year</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>el cargo</source>
      <translation>the position</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>el contacto «{0}»</source>
      <translation>the contact “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>el código no está en el texto del documento (solo en sus metadatos)</source>
      <translation>the code is not in the text of the document (only in its metadata)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>el código «{0}» ya aparece en la fila {1}; cada miembro debe figurar una sola vez</source>
      <translation>the code “{0}” already appears in row {1}; each member must appear only once</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el disco está lleno (no queda espacio)</source>
      <translation>the disk is full (no space left)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el disco o la carpeta es de solo lectura</source>
      <translation>the disk or folder is read-only</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>el equipo del servidor</source>
      <translation>the server computer</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el estado de cuenta</source>
      <translation>the account statement</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el general (arriba)</source>
      <translation>the general one (above)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>el informe de la unidad</source>
      <translation>the unit report</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el lote de avisos</source>
      <translation>the batch of payment reminders</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>el miembro #{0}</source>
      <translation>member #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>el miembro con id {0}</source>
      <translation>the member with id {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>el miembro «{0}»</source>
      <translation>the member “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>el miembro «{0}» ({1}, {2})</source>
      <translation>the member “{0}” ({1}, {2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>el miembro «{0}» ({1}, {2}, código {3})</source>
      <translation>the member “{0}” ({1}, {2}, code {3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el nombre es demasiado largo</source>
      <translation>the name is too long</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>el nombre no es válido en este disco</source>
      <translation>the name is not valid on this disk</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el ordinario</source>
      <translation>ordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>el organigrama</source>
      <translation>the organization chart</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el padrón de cuotas</source>
      <translation>the fee register</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>el pago {0}</source>
      <translation>payment {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el recibo</source>
      <translation>the receipt</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>el resumen de cobranza</source>
      <translation>the collection summary</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>el texto de la norma</source>
      <translation>the text of the rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>el texto de los PDF (HarfBuzz)</source>
      <translation>the text in the PDFs (HarfBuzz)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>el valor no está entre los permitidos: regla «{0}»</source>
      <translation>the value is not one of the allowed ones: rule “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>el {0}</source>
      <translation>the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>el {0} % de la cuota</source>
      <translation>{0}% of the fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>eleccion</source>
      <translation>eleccion</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>empieza con «{0}:»; solo sirve una dirección web, que empieza con https:// (o http://)</source>
      <translation>starts with “{0}:”; only a web address works, and it starts with https:// (or http://)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>error de lectura o escritura del disco (¿se quitó el pendrive o se cortó la red?)</source>
      <translation>disk read or write error (was the USB drive removed or the network cut?)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>error del sistema</source>
      <translation>system error</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>error del sistema n.º {0}</source>
      <translation>system error no. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>es anterior a la fecha de ingreso ({0}); revise una de las dos</source>
      <translation>is earlier than the admission date ({0}); check one of the two</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>es demasiado larga ({0} caracteres; el máximo es {1}, para que el QR de los documentos se siga leyendo bien impreso); use una dirección más corta, por ejemplo la del sitio sin carpetas o un subdominio (https://verificar.su-sitio.org)</source>
      <translation>is too long ({0} characters; the maximum is {1}, so that the QR code on documents can still be read when printed); use a shorter address, for example the site's address without folders, or a subdomain (https://verificar.su-sitio.org)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>es demasiado largo (más de 255 bytes)</source>
      <translation>is too long (more than 255 bytes)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>es demasiado largo ({0} caracteres; el máximo es {1}); acórtelo</source>
      <translation>is too long ({0} characters; the maximum is {1}); shorten it</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>es mayor que la de cualquier país; revise la cifra</source>
      <translation>is larger than that of any country; check the figure</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>es negativa</source>
      <translation>is negative</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>es un respaldo de otra base{0}</source>
      <translation>is a backup of another database{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>es una base SQLite de otro programa, no un respaldo de Escritorio</source>
      <translation>is an SQLite database from another program, not an Escritorio backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>es una base de Escritorio en uso (tiene su diario o su testigo al lado), no un respaldo</source>
      <translation>is an Escritorio database in use (its journal or its witness file is next to it), not a backup</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>es una carpeta, no un archivo</source>
      <translation>it is a folder, not a file</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>escala</source>
      <translation>fee scale</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>esta fila y la fila {0} corresponden al mismo miembro («{1}»); cada miembro debe figurar una sola vez</source>
      <translation>this row and row {0} belong to the same member (“{1}”); each member must appear only once</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>está vacía; escriba el número de habitantes</source>
      <translation>is empty; enter the number of inhabitants</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>está vacío</source>
      <translation>is empty</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>está vacío; cada miembro necesita un nombre</source>
      <translation>is empty; every member needs a name</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/paises.py" />
      <source>está vacío; elija el país del miembro</source>
      <translation>it is empty; choose the member’s country</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>está vacío; escríbalo</source>
      <translation>is empty; fill it in</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>excluye</source>
      <translation>expels</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>exenciones</source>
      <translation>exemptions</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>exención</source>
      <translation>exemption</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>falta el importe; escríbalo, por ejemplo 500,00</source>
      <translation>the amount is missing; type it, for example 500.00</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>falta la moneda; escriba su código ISO 4217 de tres letras (por ejemplo USD, ARS, BRL)</source>
      <translation>the currency is missing; enter its three-letter ISO 4217 code (for example USD, ARS, BRL)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>falta la población; escriba desde cuántos habitantes rige el tramo (por ejemplo 100.000)</source>
      <translation>the population is missing; type from how many inhabitants the tier applies (for example 100,000)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>falta un dato obligatorio: «{0}»</source>
      <translation>a required value is missing: “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>falta «https://» al principio; escríbala completa, por ejemplo https://{0}</source>
      <translation>“https://” is missing at the beginning; type it in full, for example https://{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/pagos.py" />
      <source>falta; escriba cuánto se pagó, por ejemplo 250,00</source>
      <translation>missing; type how much was paid, for example 250.00</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>faltan columnas obligatorias: {0}. La primera fila debe tener los encabezados (encontrados: {1})</source>
      <translation>required columns are missing: {0}. The first row must contain the headers (found: {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>federación</source>
      <translation>federation</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>fila {0}</source>
      <translation>row {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>fila {0} «{1}»</source>
      <translation>row {0} “{1}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>firma de una declaración</source>
      <translation>signature of a declaration</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>firma guardada n.º {0}</source>
      <translation>saved signature no. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>firmas de declaraciones</source>
      <translation>signatures of declarations</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>hace referencia a un registro que no existe, o lo usa otro registro{0}</source>
      <translation>it refers to a record that does not exist, or another record uses it{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>hay demasiados archivos abiertos</source>
      <translation>too many files are open</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>hay un cargo pero falta el nombre de la autoridad en la columna Autoridad</source>
      <translation>there is a position but the authority's name is missing in the Authority column</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>hay un motivo de estado pero la columna Estado está vacía; escriba el estado (Activo, Suspendido o Baja) o borre esta celda</source>
      <translation>there is a status reason but the Status column is empty; enter the status (Active, Suspended or Withdrawn) or clear this cell</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>hay una fecha de estado pero la columna Estado está vacía; escriba el estado (Activo, Suspendido o Baja) o borre esta celda</source>
      <translation>there is a status date but the Status column is empty; enter the status (Active, Suspended or Withdrawn) or clear this cell</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>idéntico al PDF firmado digitalmente por {0} el {1}, que la base guarda</source>
      <translation>identical to the PDF digitally signed by {0} on {1}, which the database keeps</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>idéntico byte a byte a la copia {0} (una reimpresión), generado el {1} (hora UTC)</source>
      <translation>identical byte for byte to copy {0} (a reprint), generated on {1} (UTC time)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>idéntico byte a byte al lote generado el {0} (hora UTC)</source>
      <translation>identical byte for byte to the batch generated on {0} (UTC time)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>idéntico byte a byte al original, generado el {0} (hora UTC)</source>
      <translation>identical byte for byte to the original, generated on {0} (UTC time)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>importes en letras</source>
      <translation>amounts in words</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>indique qué columna corresponde a: {0}</source>
      <translation>indicate which column corresponds to: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>integra el órgano sin voto</source>
      <translation>sits on the body without a vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>integra el órgano sin voto ({0})</source>
      <translation>sits on the body without a vote ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>integrante</source>
      <translation>member</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>integrantes</source>
      <translation>members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>la asistencia y las votaciones</source>
      <translation>the attendance and the votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>la base</source>
      <translation>the database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la base de datos</source>
      <translation>the database</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>la base llega hasta el sello {0}</source>
      <translation>the database goes up to seal {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>la base no se pudo copiar ({0})</source>
      <translation>the database could not be copied ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>la base no tiene ningún sello</source>
      <translation>the database has no seals</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/bitacora.py" />
      <source>la bitácora</source>
      <translation>the audit log</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>la candidatura más votada</source>
      <translation>the candidacy with the most votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la carpeta de datos</source>
      <translation>the data folder</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>la columna {0} está asignada a {1} y a {2}</source>
      <translation>column {0} is assigned to both {1} and {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>la columna «{0}» está repetida (ya aparece en la columna {1}); deje solo una</source>
      <translation>the column “{0}” is repeated (it already appears in column {1}); keep only one</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>la composición</source>
      <translation>the composition</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>la convocatoria</source>
      <translation>the notice of meeting</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>la copia {0} del documento {1}</source>
      <translation>copy {0} of document {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>la del certificado (no se guarda)</source>
      <translation>the certificate’s password (not stored)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>la fila {0}</source>
      <translation>row {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la firma digital</source>
      <translation>digital signatures</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la letra de los PDF</source>
      <translation>the typeface of the PDFs</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>la matriz de participación</source>
      <translation>the participation matrix</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad</source>
      <translation>half</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la mitad más uno</source>
      <translation>half plus one</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>la morosidad</source>
      <translation>the arrears report</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la ordinaria</source>
      <translation>ordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>la población {0}</source>
      <translation>the population {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>la regla</source>
      <translation>the rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>la regla cita el art. {0} antes de que existiera; rige otro texto desde el {1}</source>
      <translation>the rule cites art. {0} from before it existed; another text applies from {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>la regla cita el art. {0} en su texto de {1}; rige otro texto desde el {2}</source>
      <translation>the rule cites art. {0} in its {1} text; another text applies from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>la regla de voto por cuotas impagas</source>
      <translation>the voting rule for unpaid fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>la resolución</source>
      <translation>the resolution</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>la resolución {0}</source>
      <translation>resolution {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>la resolución {0} (vea los números con «escritorio resoluciones listar»)</source>
      <translation>resolution {0} (see the numbers with “escritorio resoluciones listar”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>la ruta tiene demasiados enlaces</source>
      <translation>the path has too many links</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la ventana</source>
      <translation>the user interface</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>la votación sobre {0}</source>
      <translation>the vote on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>la {0}</source>
      <translation>the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>la «huella de la bitácora» del pie (sello {0}, {1}…) es la de la cadena de la bitácora de toda la base cuando se generó, no la del documento; la base tiene ese sello igual.</source>
      <translation>the “audit log fingerprint” in the footer (seal {0}, {1}…) is that of the audit log chain of the whole database when the document was generated, not that of the document; the database still has that seal, unchanged.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>la «huella de la bitácora» del pie (sello {0}, {1}…) es la de la cadena de la bitácora de toda la base cuando se generó, no la del documento; la base ya no tiene ese sello así.</source>
      <translation>the “audit log fingerprint” in the footer (seal {0}, {1}…) is that of the audit log chain of the whole database when the document was generated, not that of the document; the database no longer has that seal as it was.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>las fechas mezclan dos órdenes: {0} solo se pueden leer como día/mes, y {1} solo como mes/día. No se importó nada, para no cambiar el día por el mes. Corrija las que estén al revés (mejor, escriba todas como aaaa-mm-dd, por ejemplo 2024-04-13)</source>
      <translation>the dates mix two orders: {0} can only be read as day/month, and {1} only as month/day. Nothing was imported, so as not to swap the day and the month. Correct the ones that are the wrong way round (better, write them all as yyyy-mm-dd, for example 2024-04-13)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <source>las fechas se pueden leer de dos maneras y ninguna de la columna lo decide (ninguna tiene un número mayor que 12): «{0}» es el {1} si es día/mes, o el {2} si es mes/día. Fechas ambiguas: {3}. No se importó nada, para no cambiar el día por el mes. {4}</source>
      <translation>the dates can be read two ways and none in the column settles it (none has a number greater than 12): “{0}” is {1} if it is day/month, or {2} if it is month/day. Ambiguous dates: {3}. Nothing was imported, so as not to swap the day and the month. {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>las reglas de sesión de «{0}»</source>
      <translation>the session rules of “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>las reglas del órgano</source>
      <translation>the body’s rules</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>las reglas vigentes desde el {0}</source>
      <translation>the rules in force since {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>lleva un usuario o una clave («…@»); escriba la dirección pública, la que cualquiera abre sin clave</source>
      <translation>contains a user name or password (“…@”); type the public address, the one anyone can open without a password</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>lleva «?» o «#»; escriba solo la dirección de la carpeta del sitio, a la que Escritorio agrega /verificar/ y el código de cada documento</source>
      <translation>contains “?” or “#”; type only the address of the site folder, to which Escritorio adds /verificar/ and the code of each document</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los PDF</source>
      <translation>the PDFs</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>los datos de la asociación {0}</source>
      <translation>the details of association {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>los miembros con derecho a voto</source>
      <translation>the members entitled to vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los íconos</source>
      <translation>the icons</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los íconos de la navegación y los botones</source>
      <translation>the navigation and button icons</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>lugar en un orden de sucesión</source>
      <translation>place in an order of succession</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>lugares en órdenes de sucesión</source>
      <translation>places in orders of succession</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>mandato</source>
      <translation>term of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>mandatos</source>
      <translation>terms of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/deshacer.py" />
      <source>marca de asistencia de {0}</source>
      <translation>attendance mark for {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/deshacer.py" />
      <source>marcas de asistencia de {0} miembros</source>
      <translation>attendance marks for {0} members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>mayoría</source>
      <translation>majority</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>mayoría: {0}</source>
      <translation>majority: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>miembro</source>
      <translation>member</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>miembro con derecho a voto</source>
      <translation>member entitled to vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>miembro presente</source>
      <translation>member present</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>miembros con derecho a voto</source>
      <translation>members entitled to vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>miembros con derecho a voto, presentes o no</source>
      <translation>members entitled to vote, present or not</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>miembros presentes</source>
      <translation>members present</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>miembros presentes con derecho a voto (y sus poderes)</source>
      <translation>members present entitled to vote (and their proxies)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>modalidad virtual</source>
      <translation>an online meeting</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>modificada después de firmar</source>
      <translation>modified after signing</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>más de la mitad de {0}</source>
      <translation>more than half of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>más votos a favor que en contra, sin contar las abstenciones</source>
      <translation>more votes in favor than against, not counting abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>más votos que cualquier otra candidatura</source>
      <translation>more votes than any other candidacy</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>nadie pierde el voto por deudas</source>
      <translation>nobody loses the vote for debts</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>ninguna</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>ninguno</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vinculos_de_resolucion.py" />
      <source>ninguno (sin punto)</source>
      <translation>none (no item)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>ninguno: se verificó solo el código (compare el papel con estos datos)</source>
      <translation>none: only the code was verified (compare the paper with these details)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o firmarse por fuera de Escritorio), pero su texto dice lo mismo que el original emitido, palabra por palabra</source>
      <translation>it is not identical byte for byte to any of the issued files (it may have been saved again, printed to PDF or signed outside Escritorio), but its text says the same as the issued original, word for word</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o firmarse por fuera de Escritorio), pero su texto dice lo mismo que la base: número, nombres, importes y huellas coinciden</source>
      <translation>it is not identical byte for byte to any of the issued files (it may have been saved again, printed to PDF or signed outside Escritorio), but its text says the same as the database: number, names, amounts and fingerprints match</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o firmarse por fuera de Escritorio), pero su texto dice lo mismo que la copia {0} emitida, palabra por palabra</source>
      <translation>it is not identical byte for byte to any of the issued files (it may have been saved again, printed to PDF or signed outside Escritorio), but its text says the same as issued copy {0}, word for word</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>no es ninguno de los archivos emitidos con código</source>
      <translation>it is none of the files issued with a code</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>no es ninguno de los archivos emitidos y su texto difiere</source>
      <translation>it is none of the issued files and its text differs</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no es un archivo</source>
      <translation>is not a file</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un estado de miembro; use Activo, Suspendido o Baja (si esta columna trae la región —un estado de Brasil o de México—, titúlela «Región»)</source>
      <translation>is not a member status; use Active, Suspended or Withdrawn (if this column holds the region —a state of Brazil or Mexico—, title it “Region”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un modo de ingreso conocido; use {0} o {1}</source>
      <translation>is not a known admission method; use {0} or {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es un número entero</source>
      <translation>is not a whole number</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es un número entero (ejemplos válidos: 1234567, 1.234.567, 1 234 567)</source>
      <translation>is not a whole number (valid examples: 1234567, 1.234.567, 1 234 567)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un país reconocido; use el código ISO de dos letras (AR, BR…) o su nombre</source>
      <translation>is not a recognized country; use the two-letter ISO code (AR, BR…) or its name</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no es un respaldo de Escritorio (ni siquiera es una base SQLite)</source>
      <translation>is not an Escritorio backup (it is not even an SQLite database)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no es un tipo conocido; use {0}</source>
      <translation>is not a known type; use {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es una dirección de correo válida (ejemplo: nombre@municipio.gob)</source>
      <translation>is not a valid email address (example: name@municipality.gov)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>no es una fecha válida; escríbala como dd/mm/aaaa (por ejemplo 15/03/1995)</source>
      <translation>is not a valid date; write it as dd/mm/yyyy (for example 15/03/1995)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>no es {0}</source>
      <translation>is not {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>no existe la carpeta (o se borró mientras se escribía)</source>
      <translation>the folder does not exist (or was deleted while writing)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no hay permiso para escribir allí (la carpeta o el disco es de solo lectura); elija una carpeta suya, por ejemplo Documentos</source>
      <translation>there is no permission to write there (the folder or the disk is read-only); choose a folder of yours, for example Documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>no integra el órgano</source>
      <translation>does not sit on the body</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cupos_de_eleccion.py" />
      <source>no miembro</source>
      <translation>non-member</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no queda espacio en el disco; libere espacio o elija otro disco</source>
      <translation>there is no space left on the disk; free some space or choose another disk</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>no se entiende; escriba Sí (es fundador) o No</source>
      <translation>is not understood; enter Yes (is a founder) or No</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>no se exportó nada</source>
      <translation>nothing was exported</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>no se guardó nada</source>
      <translation>nothing was saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>no se hizo nada</source>
      <translation>nothing was done</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>no se pudo validar contra una autoridad de confianza</source>
      <translation>could not be validated against a trusted authority</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no se puede comprobar que sea un respaldo de esta misma base (no tiene identidad)</source>
      <translation>cannot be confirmed as a backup of this same database (it has no identity)</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no se puede crear ni abrir un archivo allí (la carpeta no existe, es de solo lectura o no hay permiso); elija una carpeta suya, por ejemplo Documentos</source>
      <translation>a file cannot be created or opened there (the folder does not exist, is read-only or there is no permission); choose a folder of yours, for example Documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>no se puede leer (está dañado o no es un respaldo de Escritorio)</source>
      <translation>cannot be read (it is damaged or it is not an Escritorio backup)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>no se usan en este nivel</source>
      <translation>not used at this level</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>no votó</source>
      <translation>did not vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>nombres de países y fechas</source>
      <translation>country names and dates</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>norma #{0}</source>
      <translation>rule #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>nueva cifra de población</source>
      <translation>new population figure</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>num2words</source>
      <translation>num2words</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>observador</source>
      <translation>observer</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>openpyxl</source>
      <translation>openpyxl</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>pagados</source>
      <translation>pagados</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>pago</source>
      <translation>payment</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>pagos</source>
      <translation>payments</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>país {0}</source>
      <translation>{0} country</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>permiso denegado (no hay permiso para escribir allí; si el archivo está abierto en otro programa, ciérrelo)</source>
      <translation>permission denied (no permission to write there; if the file is open in another program, close it)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pikepdf</source>
      <translation>pikepdf</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>planillas de Excel</source>
      <translation>Excel spreadsheets</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>platformdirs</source>
      <translation>platformdirs</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_composicion.py" />
      <source>pleno</source>
      <translation>full</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>poderes</source>
      <translation>proxies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>por defecto, «Firma de la resolución…»</source>
      <translation>by default, “Signature of the resolution…”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>por defecto, «Firma del acta…»</source>
      <translation>by default, “Signature of the minutes…”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>por ejemplo, Montevideo</source>
      <translation>for example, Montevideo</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>primer año de quien ingresa</source>
      <translation>first year of a new member</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>punto #{0}</source>
      <translation>item #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/deshacer.py" />
      <source>punto «{0}» agregado al orden del día</source>
      <translation>item “{0}” added to the agenda</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pyHanko</source>
      <translation>pyHanko</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pyhanko</source>
      <translation>pyhanko</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pypdf</source>
      <translation>pypdf</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pypdfium2</source>
      <translation>pypdfium2</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>pypdfium2 (PDFium)</source>
      <translation>pypdfium2 (PDFium)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>qtawesome</source>
      <translation>qtawesome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>quitado</source>
      <translation>quitado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>quórum</source>
      <translation>quorum</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>recibo</source>
      <translation>receipt</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>red representativa</source>
      <translation>representative network</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>red temática</source>
      <translation>thematic network</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>registrado por fuera de Escritorio</source>
      <translation>recorded outside Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>reportlab</source>
      <translation>reportlab</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>resolucion</source>
      <translation>resolution</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>resolución #{0}</source>
      <translation>resolution #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/deshacer.py" />
      <source>resumen del punto «{0}»</source>
      <translation>summary of item “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>retirado</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>se agotó el espacio asignado en el disco</source>
      <translation>the disk quota is used up</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>se aplicó {0}. {1}</source>
      <translation>{0} was applied. {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>se requería {0}</source>
      <translation>{0} was required</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>se requerían {0}</source>
      <translation>{0} were required</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>secretaría (todo)</source>
      <translation>secretariat (everything)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>según {0}</source>
      <translation>under {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>sesion</source>
      <translation>session</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/busqueda.py" />
      <source>sesión</source>
      <translation>session</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>sesión #{0}</source>
      <translation>session #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>sesión extraordinaria</source>
      <translation>extraordinary session</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>sesión ordinaria</source>
      <translation>ordinary session</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>sesión {0}{1} {2} ({3})</source>
      <translation>{0} session{1} {2} ({3})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>sin artículo</source>
      <translation>no article</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>sin candidaturas</source>
      <translation>no candidacies</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>sin exigencia</source>
      <translation>no requirement</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>sin extensión</source>
      <translation>extensionless</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>sin fecha</source>
      <translation>no date</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>sin máximo</source>
      <translation>no maximum</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>sin papel</source>
      <translation>no role</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/servicios/ficha.py" />
      <source>sin región</source>
      <translation>no region</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>sin título</source>
      <translation>untitled</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>sin voto</source>
      <translation>non-voting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>solo los votos a candidaturas</source>
      <translation>only votes for candidacies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>sqlite-utils</source>
      <translation>sqlite-utils</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>sqlite_utils</source>
      <translation>sqlite_utils</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>su regla</source>
      <translation>its rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>su usuario</source>
      <translation>your user name</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/ficha.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>sí</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>termina 1 mandato el {0}</source>
      <translation>ends 1 term of office on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>termina en una página ({0}); escriba la dirección de la carpeta, sin el nombre de la página</source>
      <translation>ends in a page ({0}); type the address of the folder, without the page name</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>termina {0} mandatos el {1}</source>
      <translation>ends {0} terms of office on {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/papeles.py" />
      <source>tesorería (cuotas y pagos)</source>
      <translation>treasury (fees and payments)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>texto</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene bytes que no son texto (posición {0}); vuelva a escribirlo o guarde el archivo como UTF-8</source>
      <translation>contains bytes that are not text (position {0}); retype it or save the file as UTF-8</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene bytes que no son texto (vuelva a escribirlo)</source>
      <translation>has bytes that are not text (type it again)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>tiene cifras que no son del 0 al 9 (por ejemplo «{0}»); escriba la fecha con las cifras 0 1 2 3 4 5 6 7 8 9</source>
      <translation>has digits that are not 0 to 9 (for example “{0}”); write the date with the digits 0 1 2 3 4 5 6 7 8 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>tiene cifras que no son del 0 al 9 (por ejemplo «{0}»); escríbala con las cifras 0 1 2 3 4 5 6 7 8 9</source>
      <translation>has digits that are not 0 to 9 (for example “{0}”); write it with the digits 0 1 2 3 4 5 6 7 8 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>tiene decimales; escriba un número entero de habitantes</source>
      <translation>has decimals; enter a whole number of inhabitants</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/poderes.py" />
      <source>tiene el voto suspendido por cuotas impagas{0}</source>
      <translation>has its vote suspended for unpaid fees{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>tiene espacios; una dirección web se escribe sin espacios, por ejemplo https://mercociudades.org/escritorio</source>
      <translation>contains spaces; a web address is written without spaces, for example https://mercociudades.org/escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene un carácter de control invisible</source>
      <translation>has an invisible control character</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene un carácter invisible (U+{0:04X}, posición {1}), de los que quedan al copiar de una página web o de Word; bórrelo o vuelva a escribir esa parte del texto</source>
      <translation>contains an invisible character (U+{0:04X}, position {1}), of the kind left behind when copying from a web page or from Word; delete it or retype that part of the text</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene un carácter invisible que cambia el orden en que se ve el texto (U+{0:04X}, posición {1}); bórrelo</source>
      <translation>contains an invisible character that changes the order in which the text is displayed (U+{0:04X}, position {1}); delete it</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene un carácter nulo</source>
      <translation>has a null character</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>tiene un carácter que Windows no admite en un nombre (&lt; &gt; : " | ? *) o termina en punto o espacio</source>
      <translation>has a character Windows does not allow in a name (&lt; &gt; : " | ? *) or ends in a dot or space</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene un carácter que no se puede mostrar (U+{0:04X}, posición {1}); bórrelo</source>
      <translation>contains a character that cannot be displayed (U+{0:04X}, position {1}); delete it</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene {0} (U+{1:04X}, posición {2}); bórrelo y vuelva a escribir esa parte del texto</source>
      <translation>contains {0} (U+{1:04X}, position {2}); delete it and retype that part of the text</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>tiene {0} (posición {1}); escríbalo en una sola línea</source>
      <translation>contains {0} (position {1}); write it on a single line</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>todos</source>
      <translation>todos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>todos los integrantes</source>
      <translation>all members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>todos_los_activos</source>
      <translation>todos_los_activos</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>tres cuartos</source>
      <translation>three-quarters</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>tres cuartos de {0}</source>
      <translation>three-quarters of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>uharfbuzz</source>
      <translation>uharfbuzz</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un PDF</source>
      <translation>a PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un archivo binario (tiene caracteres nulos)</source>
      <translation>a binary file (it has null characters)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un archivo comprimido</source>
      <translation>a compressed file</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/miembros.py" />
      <source>un año (escriba cuatro cifras, por ejemplo 2022)</source>
      <translation>a year (enter four digits, for example 2022)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un carácter de control invisible</source>
      <translation>an invisible control character</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un carácter nulo</source>
      <translation>a null character</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>un documento</source>
      <translation>a document</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un documento RTF</source>
      <translation>an RTF document</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un documento de Word o Excel antiguo (.doc, .xls)</source>
      <translation>an old Word or Excel document (.doc, .xls)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>un documento de Word, una planilla o un .zip</source>
      <translation>a Word document, a spreadsheet or a .zip</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro de baja necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, «Renuncia presentada por nota»)</source>
      <translation>a withdrawn member needs the reason: enter it in the “Status reason” column (for example, “Resignation submitted in writing”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro de baja necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» (dd/mm/aaaa)</source>
      <translation>a withdrawn member needs the date from which they are withdrawn: enter it in the “Status since” column (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro suspendido necesita el motivo: escríbalo en la columna «Motivo del estado» (por ejemplo, «Renuncia presentada por nota»)</source>
      <translation>a suspended member needs the reason: enter it in the “Status reason” column (for example, “Resignation submitted in writing”)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>un miembro suspendido necesita la fecha desde la que lo está: escríbala en la columna «Estado desde» (dd/mm/aaaa)</source>
      <translation>a suspended member needs the date from which they are suspended: enter it in the “Status since” column (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>un número entero</source>
      <translation>a whole number</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>un porcentaje</source>
      <translation>a percentage</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un retorno de carro</source>
      <translation>a carriage return</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un salto de línea</source>
      <translation>a line break</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>un tabulador</source>
      <translation>a tab</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>un tercio</source>
      <translation>one-third</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una base de datos</source>
      <translation>a database</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una base mayor</source>
      <translation>a larger base</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una base menor</source>
      <translation>a smaller base</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>una cantidad de cuotas</source>
      <translation>a number of fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>una ciudad solicitante todavía no ingresó: borre la fecha de ingreso (la pone la resolución que la admite)</source>
      <translation>an applicant city has not joined yet: delete the admission date (it is set by the resolution that admits it)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una fracción mayor</source>
      <translation>a larger fraction</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>una fracción menor</source>
      <translation>a smaller fraction</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen GIF</source>
      <translation>a GIF image</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen JPEG</source>
      <translation>a JPEG image</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen PNG</source>
      <translation>a PNG image</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>una imagen TIFF</source>
      <translation>a TIFF image</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>una parte de la ruta no es una carpeta</source>
      <translation>part of the path is not a folder</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>una población entera (por ejemplo 100.000)</source>
      <translation>a whole population (for example 100,000)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>validada contra una autoridad de confianza</source>
      <translation>validated against a trusted authority</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>ver e imprimir los PDF dentro del programa</source>
      <translation>view and print PDFs inside the program</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>verificar documentos</source>
      <translation>verifying documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>viaja con QtAwesome, como sus otras fuentes de íconos</source>
      <translation>ships with QtAwesome, like its other icon fonts</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>votaciones</source>
      <translation>votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>votación</source>
      <translation>vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto emitido</source>
      <translation>vote cast</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>voto en una elección</source>
      <translation>vote in an election</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto válido</source>
      <translation>valid vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto, contando blancos y nulos</source>
      <translation>vote, including blank and spoiled ballots</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto, contando las abstenciones</source>
      <translation>vote, including abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>votos a candidaturas + en blanco (los nulos no cuentan)</source>
      <translation>votes for candidacies + blank (spoiled ballots do not count)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>votos a candidaturas + en blanco + nulos</source>
      <translation>votes for candidacies + blank + spoiled</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos emitidos</source>
      <translation>votes cast</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>votos en elecciones</source>
      <translation>votes in elections</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos válidos</source>
      <translation>valid votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos, contando blancos y nulos</source>
      <translation>votes, including blank and spoiled ballots</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>votos, contando las abstenciones</source>
      <translation>votes, including abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>y {0} cambios más.</source>
      <translation>and {0} more changes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>ya existe</source>
      <translation>already exists</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>ya existe otra asociación con la sigla «{0}» ({1}); elija otra</source>
      <translation>another association already has the acronym “{0}” ({1}); choose another</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>ya hay demasiados archivos con ese nombre</source>
      <translation>there are already too many files with that name</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <location filename="../../escritorio/datos/postgres/transaccion.py" />
      <source>ya hay otro registro con el mismo «{0}»</source>
      <translation>there is already another record with the same “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>{0}

Escritorio puede apartar el archivo dañado (se guarda con la fecha de hoy, no se borra) y restaurar el respaldo sano más reciente de esta base:
{1}{2}

¿Desea hacerlo?</source>
      <translation>{0}

Escritorio can set the damaged file aside (it is kept with today’s date, not deleted) and restore the most recent healthy backup of this database:
{1}{2}

Do you want to do this?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>{0}

No hay un respaldo sano de esta base en la carpeta «respaldos» ({1}). La base dañada no se tocó. Si tiene un respaldo en otro lugar, ábralo o restáurelo desde Archivo &gt; Restaurar respaldo.</source>
      <translation>{0}

There is no healthy backup of this database in the “respaldos” folder ({1}). The damaged database was not touched. If you have a backup elsewhere, open it or restore it from File &gt; Restore backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>{0} (borrador) · {1}</source>
      <translation>{0} (draft) · {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>{0} (con las bajas)</source>
      <translation>{0} (including withdrawn members)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} (cuatro cifras, por ejemplo {1})</source>
      <translation>{0} (four digits, for example {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} (id {1}) no integra el órgano en la fecha de la sesión: no se registra su asistencia (los invitados y observadores van en la lista de invitados).</source>
      <translation>{0} (id {1}) does not sit on the body on the date of the session: its attendance is not recorded (guests and observers go in the guest list).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/campos.py" />
      <source>{0} (línea {1})</source>
      <translation>{0} (line {1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>{0} ({1} con voto)</source>
      <translation>{0} ({1} voting)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/paises.py" />
      <source>{0} ({1}) no es un país de la asociación; sus países son: {2}. Elija uno de ellos; si la asociación incorporó ese país, agréguelo antes (escritorio asociacion pais {1} --categoria pleno)</source>
      <translation>{0} ({1}) is not a country of the association; its countries are: {2}. Choose one of them; if the association has taken in that country, add it first (escritorio asociacion pais {1} --categoria pleno)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} ({1}, {2}): el mandato vence el {3}{4}, en {5}.</source>
      <translation>{0} ({1}, {2}): the term of office expires on {3}{4}, in {5}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} ({1}, {2}): el mandato vence hoy, {3}{4}.</source>
      <translation>{0} ({1}, {2}): the term of office expires today, {3}{4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} ({1}, {2}): su período{3} terminó el {4} y sigue sin traspaso.</source>
      <translation>{0} ({1}, {2}): its period{3} ended on {4} and there is still no handover.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0} ({1}; sin voto: {2}, su poder a {3} no vale)</source>
      <translation>{0} ({1}; no vote: {2}, its proxy to {3} is not valid)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} a favor, {1} en contra, {2} abstenciones</source>
      <translation>{0} in favor, {1} against, {2} abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} a favor, {1} en contra, {2} abstención</source>
      <translation>{0} in favor, {1} against, {2} abstention</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>{0} a {1} hab.</source>
      <translation>{0} to {1} inhab.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} abstenciones</source>
      <translation>{0} abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} abstención</source>
      <translation>{0} abstention</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <source>{0} cuotas anuales impagas suspenden el voto{1}</source>
      <translation>{0} unpaid annual fees suspend the vote{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0} de los integrantes</source>
      <translation>{0} of the members</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0} de los miembros con derecho a voto</source>
      <translation>{0} of the members entitled to vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmantes.py" />
      <source>{0} de {1}</source>
      <translation>{0} of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} deja de ser país de {1} desde el {2}{3}; antes de esa fecha se sigue contando con la categoría que tenía.</source>
      <translation>{0} is no longer a country of {1} as of {2}{3}; before that date it still counts with the category it had.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} deja la asociación; era {1}</source>
      <translation>{0} leaves the association; it was {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} devuelta del viaje al servidor</source>
      <translation>{0} returned from its trip to the server</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <source>{0} día</source>
      <translation>{0} day</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/periodos.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} días</source>
      <translation>{0} days</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} el {2} no es país de la asociación{1}; no hay nada que quitar.</source>
      <translation>{0} on {2} it is not a country of the association{1}; there is nothing to remove.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} el {3} tiene {1} miembro que no está de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} on {3} it has {1} member who has not withdrawn ({2}). Before removing the country, record the withdrawal of those members dated {3} or earlier (Members › Record withdrawal, or “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); if they were entered with the wrong country, correct the country in their record.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} el {3} tiene {1} miembros que no están de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} on {3} it has {1} members who have not withdrawn ({2}). Before removing the country, record the withdrawal of those members dated {3} or earlier (Members › Record withdrawal, or “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); if they were entered with the wrong country, correct the country in their record.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} en blanco</source>
      <translation>{0} blank</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} es anterior a {1}; revise el año</source>
      <translation>{0} is before {1}; check the year</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0} es de solo lectura: {1}. Elija otro nombre para {2}.</source>
      <translation>{0} is read-only: {1}. Choose another name for {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} es demasiado grande para ser un estatuto (más de {1} MB). {2} No se guardó nada.</source>
      <translation>{0} is too large to be a set of statutes (more than {1} MB). {2} Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} es el único país de la asociación y los miembros solo pueden ser de sus países. Agregue primero el país que corresponde y después quite este.</source>
      <translation>{0} it is the association’s only country and members can only be from its countries. First add the right country and then remove this one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es la propia base en uso: elija otro archivo para el respaldo.</source>
      <translation>{0} is the database in use itself: choose another file for the backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/elegir_archivo.py" />
      <source>{0} es un archivo de la base que Escritorio tiene abierta (la base, su diario o su índice). Escritorio no lo lee ni lo escribe por fuera de la base: elija otro archivo. Para copiar la base use Archivo → Crear respaldo.</source>
      <translation>{0} is a file of the database Escritorio has open (the database, its journal or its index). Escritorio does not read or write it outside the database: choose another file. To copy the database use File → Create backup.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es un archivo, no una carpeta: no se puede guardar {1} dentro. No se creó el respaldo; elija una carpeta que exista.</source>
      <translation>{0} is a file, not a folder: {1} cannot be saved inside it. The backup was not created; choose a folder that exists.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} es una base SQLite de otro programa, no de Escritorio. No se modificó; elija el archivo correcto con --db RUTA.</source>
      <translation>{0} is an SQLite database from another program, not from Escritorio. It was not modified; choose the correct file with --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es una base SQLite de otro programa, no de Escritorio: Escritorio no lo reemplaza. No se restauró nada; indique la base correcta con --db RUTA.</source>
      <translation>{0} is an SQLite database from another program, not from Escritorio: Escritorio does not replace it. Nothing was restored; specify the correct database with --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es una base SQLite de otro programa, no un respaldo de Escritorio. No se restauró nada.</source>
      <translation>{0} is an SQLite database from another program, not an Escritorio backup. Nothing was restored.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} es una carpeta, no un archivo. {1} No se guardó nada.</source>
      <translation>{0} is a folder, not a file. {1} Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} es una carpeta, no una base de Escritorio. No se restauró nada.</source>
      <translation>{0} is a folder, not an Escritorio database. Nothing was restored.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>{0} es una carpeta: indique un archivo PDF.</source>
      <translation>{0} is a folder: choose a PDF file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0} es una carpeta: {1}. Indique un archivo {2} dentro de ella, por ejemplo {3}.</source>
      <translation>{0} is a folder: {1}. Give a {2} file inside it, for example {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} es una carpeta; indique un archivo, por ejemplo {1}.</source>
      <translation>{0} is a folder; specify a file, for example {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} es una ciudad solicitante: la admite la resolución de un punto de admisión aprobado (escritorio sesiones resolucion PUNTO --admite {1}), no un cambio de estado. Si retiró la solicitud, regístrela como baja.</source>
      <translation>{0} is an applicant city: it is admitted by the resolution of an approved admission item (escritorio sesiones resolucion PUNTO --admite {1}), not by a status change. If it withdrew its application, record it as a withdrawal.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0} es una {1}, no una declaración: solo las declaraciones reciben firmas y adhesiones.</source>
      <translation>{0} is a {1}, not a declaration: only declarations receive signatures and endorsements.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} es {1}, no un archivo de texto. {2} No se guardó nada.</source>
      <translation>{0} is {1}, not a text file. {2} Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} está demasiado adelante (el límite es {1}); revise el año</source>
      <translation>{0} is too far ahead (the limit is {1}); check the year</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} está en el futuro</source>
      <translation>{0} is in the future</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>{0} está fuera de lo posible; debe estar entre {1} y {2}</source>
      <translation>{0} is out of range; it must be between {1} and {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} está vacío (0 bytes): no es una base de datos. No se modificó.</source>
      <translation>{0} is empty (0 bytes): it is not a database. It was not modified.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0} está vacío: no tiene ningún artículo. {1} No se guardó nada.</source>
      <translation>{0} is empty: it has no articles. {1} Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} figura como {1} desde el {2}; un cambio con fecha anterior no tendría efecto. Use esa fecha o una posterior (si el alta se cargó con fecha equivocada, corrija primero la fecha de ingreso).</source>
      <translation>{0} appears as {1} since {2}; a change with an earlier date would have no effect. Use that date or a later one (if the admission was entered with the wrong date, first correct the admission date).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} firma la {1}</source>
      <translation>{0} signs the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>{0} hab.</source>
      <translation>{0} inhab.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/cuotas.py" />
      <source>{0} hab. o más</source>
      <translation>{0} inhab. or more</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} habilitado para votar en {1}</source>
      <translation>{0} entitled to vote in {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} hoy no es país de la asociación{1}; no hay nada que quitar.</source>
      <translation>{0} today it is not a country of the association{1}; there is nothing to remove.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} hoy tiene {1} miembro que no está de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} today it has {1} member who has not withdrawn ({2}). Before removing the country, record the withdrawal of those members dated {3} or earlier (Members › Record withdrawal, or “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); if they were entered with the wrong country, correct the country in their record.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} hoy tiene {1} miembros que no están de baja ({2}). Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.</source>
      <translation>{0} today it has {1} members who have not withdrawn ({2}). Before removing the country, record the withdrawal of those members dated {3} or earlier (Members › Record withdrawal, or “escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …”); if they were entered with the wrong country, correct the country in their record.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} invitado (corregido) a la {1}</source>
      <translation>{0} invited (corrected) to the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} invitado a la {1}</source>
      <translation>{0} invited to the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} llevada de viaje por {1}</source>
      <translation>{0} taken on a trip by {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} mandatos empiezan después y no se modifican</source>
      <translation>{0} terms of office start later and are not changed</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0} mes</source>
      <translation>{0} month</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0} meses</source>
      <translation>{0} months</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembro activo</source>
      <translation>{0} active member</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembro activo y {1} suspendido (sin voto)</source>
      <translation>{0} active member and {1} suspended (no vote)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembro activo y {1} suspendidos (sin voto)</source>
      <translation>{0} active member and {1} suspended (no vote)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembros activos</source>
      <translation>{0} active members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembros activos y {1} suspendido (sin voto)</source>
      <translation>{0} active members and {1} suspended (no vote)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>{0} miembros activos y {1} suspendidos</source>
      <translation>{0} active members and {1} suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>{0} miembros activos y {1} suspendidos (sin voto)</source>
      <translation>{0} active members and {1} suspended (no vote)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>{0} miembros dados de baja no se cuentan</source>
      <translation>{0} withdrawn members are not counted</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0} miembros existentes cambian</source>
      <translation>{0} existing members change</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0} miembros nuevos</source>
      <translation>{0} new members</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/viaje.py" />
      <source>{0} no es la copia de una sesión llevada (falta {1}): no hay nada que devolver. Una sesión se lleva con «escritorio servidor llevar».</source>
      <translation>{0} is not the copy of a session that was taken out ({1} is missing): there is nothing to return. A session is taken out with “escritorio servidor llevar”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} no es más exigente: pide {1} pero sobre {2}, y según cuántos voten alcanzaría con menos votos que la regla. Vote con la regla, o suba la fracción sin achicar la base (o amplíe la base sin bajar la fracción), con el motivo del cambio.</source>
      <translation>{0} is not stricter: it requires {1} but over {2}, and depending on how many vote it could pass with fewer votes than the rule. Vote with the rule, or raise the fraction without shrinking the base (or broaden the base without lowering the fraction), with the reason for the change.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} no es ni fue país de la asociación; no hay nada que quitar.</source>
      <translation>{0} it is not and never was a country of the association; there is nothing to remove.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} no es un respaldo de Escritorio (no es una base SQLite). No se restauró nada.</source>
      <translation>{0} is not an Escritorio backup (it is not an SQLite database). Nothing was restored.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} no es una base de Escritorio (ni siquiera es SQLite): Escritorio no lo reemplaza. No se restauró nada; indique la base correcta con --db RUTA.</source>
      <translation>{0} is not an Escritorio database (it is not even SQLite): Escritorio does not replace it. Nothing was restored; specify the correct database with --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/conexion.py" />
      <source>{0} no es una base de datos de Escritorio (ni siquiera es SQLite). No se modificó; elija el archivo correcto con --db RUTA.</source>
      <translation>{0} is not an Escritorio database (it is not even SQLite). It was not modified; choose the correct file with --db RUTA.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0} no es una carpeta: {1}. Elija una carpeta existente para {2}.</source>
      <translation>{0} is not a folder: {1}. Choose an existing folder for {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} no está en la carpeta de respaldos de esta base: no se borra.</source>
      <translation>{0} is not in this database's backup folder: it will not be deleted.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} no puede sentarse de oficio en sí mismo: quite «{1}» de la lista.</source>
      <translation>{0} cannot sit ex officio on itself: remove “{1}” from the list.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} no termina ningún mandato; {1}.</source>
      <translation>{0} ends no term of office; {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0} nuevos, {1} actualizados, {2} sin cambios</source>
      <translation>{0} new, {1} updated, {2} unchanged</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} nulo</source>
      <translation>{0} invalid</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} nulos</source>
      <translation>{0} invalid</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} pasa a llamarse {1}</source>
      <translation>{0} is renamed {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} pasa a {1}</source>
      <translation>{0} becomes {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} por país {1}</source>
      <translation>{0} per {1} country</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} puestos</source>
      <translation>{0} seats</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} sale del orden de sucesión {1}</source>
      <translation>{0} leaves the order of succession {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} se abstiene en {1}</source>
      <translation>{0} abstains in {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} se quitó de {1} por completo, con su historia de categorías (se había agregado por error).</source>
      <translation>{0} was removed from {1} completely, with its category history (it had been added by mistake).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} se suma a la asociación como {1}</source>
      <translation>{0} joins the association as {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} sesión extraordinaria — {1}</source>
      <translation>{0} extraordinary session — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} sesión ordinaria — {1}</source>
      <translation>{0} ordinary session — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} sin cubrir: no hay más candidaturas con votos que puedan ocuparlos.</source>
      <translation>{0} unfilled: there are no more candidacies with votes to fill them.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} tiene un mandato de {1} de {2} desde el {3}, dentro del período elegido: corríjalo en el área Órganos antes de confirmar.</source>
      <translation>{0} has a term of office as {1} of {2} from {3}, within the election’s period: correct it in the Bodies area before confirming.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} tramos: de {1} a {2}</source>
      <translation>{0} tiers: from {1} to {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>{0} unidad de la moneda de la cuota</source>
      <translation>{0} unit of the fee’s currency</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/morosidad.py" />
      <source>{0} unidades de la moneda de la cuota</source>
      <translation>{0} units of the fee’s currency</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} vota a favor en {1}</source>
      <translation>{0} votes in favour in {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} vota en contra en {1}</source>
      <translation>{0} votes against in {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} voto</source>
      <translation>{0} vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>{0} votos</source>
      <translation>{0} votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/votaciones.py" />
      <source>{0} votos nominales son de miembros sin derecho a voto en esta sesión.</source>
      <translation>{0} roll-call votes are from members without voting rights at this session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0} y {1}</source>
      <translation>{0} and {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/orden_de_fechas.py" />
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} y {1} más</source>
      <translation>{0} and {1} more</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0} ya adhiere a la {1}.</source>
      <translation>{0} already endorses {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} ya electas para el período</source>
      <translation>{0} already elected for the period</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} ya es candidatura en esta elección.</source>
      <translation>{0} is already a candidacy in this election.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} ya es {1} de {2} desde el {3}: ese mandato ya está registrado.</source>
      <translation>{0} is already {1} of {2} from {3}: that term of office is already recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/emparejamiento.py" />
      <source>{0} ya es {1}: dos miembros no pueden tener el mismo país, región y nombre. Si es otro miembro, agregue al nombre algo que lo distinga (por ejemplo, el departamento o la provincia) o el código oficial de ambos; si es el mismo, use su código</source>
      <translation>{0} is already {1}: two members cannot have the same country, region and name. If it is another member, add something to the name that distinguishes it (for example, the department or province) or the official code of both; if it is the same one, use its code</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0} ya firma la {1}.</source>
      <translation>{0} already signs {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} ya no figura como firmante de la {1}</source>
      <translation>{0} is no longer listed as a signatory of the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} ya no figura como invitado a la {1}</source>
      <translation>{0} is no longer listed as a guest at the {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0} ya tiene la regla «{1}» (regla {2}{3}): no se agregó otra igual. Para citar otro artículo, quite esa regla (Órganos &gt; Reglas de composición…, o «organos quitar-regla {2}») y agréguela de nuevo.</source>
      <translation>{0} already has the rule “{1}” (rule {2}{3}): an identical one was not added. To cite another article, remove that rule (Bodies &gt; Composition rules…, or “organos quitar-regla {2}”) and add it again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0} {1} de {2}: {3}</source>
      <translation>{0} {1} for {2}: {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} {1} miembro es de ese país ({2}), así que no se agregó por error. Si esos miembros se cargaron con un país equivocado, corrija el país en su ficha; si el país se retiró, quítelo desde una fecha (sin «por error»).</source>
      <translation>{0} {1} member is from that country ({2}), so it was not added by mistake. If those members were entered with the wrong country, correct the country in their record; if the country withdrew, remove it as of a date (without “by mistake”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0} {1} miembros son de ese país ({2}), así que no se agregó por error. Si esos miembros se cargaron con un país equivocado, corrija el país en su ficha; si el país se retiró, quítelo desde una fecha (sin «por error»).</source>
      <translation>{0} {1} members are from that country ({2}), so it was not added by mistake. If those members were entered with the wrong country, correct the country in their record; if the country withdrew, remove it as of a date (without “by mistake”).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} {1} y {2}.</source>
      <translation>{0} {1} and {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <source>{0} {1}: Escritorio no lo reemplaza. No se modificó; elija otro nombre.</source>
      <translation>{0} {1}: Escritorio does not replace it. It was not modified; choose another name.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>{0} {1}: saldo {2}</source>
      <translation>{0} {1}: balance {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0} {1}: {2} cargos nuevos por {3}, {4} ya emitidos</source>
      <translation>{0} {1}: {2} new charges for {3}, {4} already issued</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>{0} {1}{2}; una votación no puede pedir menos.</source>
      <translation>{0} {1}{2}; a vote cannot require less.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>{0} · {1}: {2}</source>
      <translation>{0} · {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0} — ANULADO: {1}</source>
      <translation>{0} — VOIDED: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0} — sin voto: {1}</source>
      <translation>{0} — non-voting: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/recientes.py" />
      <source>{0} — ya no está</source>
      <translation>{0} — no longer there</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>{0} — {1}</source>
      <translation>{0} — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} — {1} {2}{3}: empieza después; no se modifica (designe a otro miembro)</source>
      <translation>{0} — {1} {2}{3}: starts later; not changed (appoint another member)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>{0} — {1} {2}{3}: termina el {4}</source>
      <translation>{0} — {1} {2}{3}: ends on {4}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} — {1}, del {2} al {3}</source>
      <translation>{0} — {1}, from {2} to {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0} — {1}, desde el {2}</source>
      <translation>{0} — {1}, from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>{0}, borrador</source>
      <translation>{0}, draft</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/servidor.py" />
      <source>{0}, papel {1}</source>
      <translation>{0}, role {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <source>{0}, pero en las sesiones de {1} no se aplica: quien la debe vota igual.</source>
      <translation>{0}, but it does not apply in the sessions of {1}: whoever owes it votes anyway.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <source>{0}, pero en las sesiones de {1} no se aplica: quien las debe vota igual.</source>
      <translation>{0}, but it does not apply in the sessions of {1}: whoever owes them votes anyway.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}, por poder otorgado a {1}</source>
      <translation>{0}, by proxy given to {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/adherentes.py" />
      <source>{0}, por {1}</source>
      <translation>{0}, by {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}, representada por {1}</source>
      <translation>{0}, represented by {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0}/{1} más uno</source>
      <translation>{0}/{1} plus one</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0}: 1 problema; no se importó nada. Corríjalo y vuelva a importar:</source>
      <translation>{0}: 1 problem; nothing was imported. Correct it and import again:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: activo desde el {1}</source>
      <translation>{0}: active as of {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>{0}: anticipación de la convocatoria</source>
      <translation>{0}: advance notice of meetings</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: cambió algún dato (tiene {1}, como en el documento).</source>
      <translation>{0}: some detail changed (it has {1}, as in the document).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: cambió {1}.</source>
      <translation>{0}: {1} changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: debe integrarse con la Secretaría Ejecutiva anterior, la actual y la siguiente ({1}); la composición registrada no coincide.</source>
      <translation>{0}: must be made up of the previous, current and next Executive Secretariat ({1}); the recorded composition does not match.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>{0}: desde la carta, la cuenta de lo que reclamaba cambió (saldos de hoy):</source>
      <translation>{0}: since the letter, the amounts it claimed have changed (today's balances):</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: donde el documento dice «{1}», hoy dice «{2}».</source>
      <translation>{0}: where the document says “{1}”, it now says “{2}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: el documento tenía {1}; hoy, {2}.</source>
      <translation>{0}: the document had {1}; today, {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>{0}: el padrón impreso es un PDF; use la extensión .pdf.</source>
      <translation>{0}: the printed register is a PDF; use the .pdf extension.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>{0}: el padrón se exporta como libro de Excel; use la extensión .xlsx.</source>
      <translation>{0}: the member register is exported as an Excel workbook; use the .xlsx extension.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: el quórum se cuenta sobre los miembros con derecho a voto o sobre los integrantes.</source>
      <translation>{0}: the quorum is counted over the members with voting rights or over all members of the body.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>{0}: el registro no cambió desde que se emitió.</source>
      <translation>{0}: the record has not changed since it was issued.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0}: el {1} no es del año de los cargos ({2}) ni del siguiente; elija una fecha entre el 01/01/{2} y el 31/12/{3}</source>
      <translation>{0}: {1} is not in the year of the charges ({2}) or the next; choose a date between 01/01/{2} and 31/12/{3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0}: emitido {1}, hoy sería {2}</source>
      <translation>{0}: issued {1}, today it would be {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>{0}: facturado {1}, cobrado {2}</source>
      <translation>{0}: billed {1}, collected {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: hoy figura con {1}; el documento no la tenía.</source>
      <translation>{0}: it now appears with {1}; the document did not have it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>{0}: la base dice «{1}»; el archivo no lo dice{2}.</source>
      <translation>{0}: the database says “{1}”; the file does not say it{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: la fracción {1}/{2} no es un quórum posible; use una como 1/2, 2/3 o 3/4 (denominador de 1 a 1000).</source>
      <translation>{0}: the fraction {1}/{2} is not a possible quorum; use one like 1/2, 2/3 or 3/4 (denominator from 1 to 1000).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: la fracción {1}/{2} no sirve; use una como 1/2, 2/3 o 3/4 (el numerador entre 1 y el denominador).</source>
      <translation>{0}: the fraction {1}/{2} will not work; use one like 1/2, 2/3 or 3/4 (the numerator between 1 and the denominator).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/organos.py" />
      <source>{0}: la última sesión celebrada fue el {1}; {2} pide reunirse {3}. Hay una sesión atrasada.</source>
      <translation>{0}: the last session held was on {1}; {2} requires meeting {3}. A session is overdue.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia_de_listas.py" />
      <source>{0}: lo que dice cambió desde que se emitió; hoy la base dice:</source>
      <translation>{0}: what it says has changed since it was issued; today the database says:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: los minutos de la segunda convocatoria deben ser más que cero (o ninguna).</source>
      <translation>{0}: the minutes for the second call must be more than zero (or none).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: lugar {1} en el orden de sucesión {2}</source>
      <translation>{0}: position {1} in the order of succession {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: nadie ejerce la {1} en esa fecha y {2} le da la presidencia; registre quién la ejerce.</source>
      <translation>{0}: no one holds the {1} on that date and {2} gives it the presidency; record who holds it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0}: no se importó nada. La base rechazó un miembro repetido (mismo país, región y nombre, o mismo código, que otro ya registrado) porque algún miembro se cambió por fuera de Escritorio. Corra «escritorio verificar» para ver cuál, ábralo en su ficha y guárdelo, y vuelva a importar.</source>
      <translation>{0}: nothing was imported. The database rejected a repeated member (same country, region and name, or same code, as another one already registered) because some member was changed outside Escritorio. Run “escritorio verificar” to see which one, open it in its record and save it, and import again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <source>{0}: quien la debe no vota ni cuenta para el quórum.</source>
      <translation>{0}: whoever owes it does not vote or count toward the quorum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/voto_de_los_morosos.py" />
      <source>{0}: quien las debe no vota ni cuenta para el quórum.</source>
      <translation>{0}: whoever owes them does not vote or count toward the quorum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>{0}: regla de composición «{1}»</source>
      <translation>{0}: composition rule “{1}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/revision_de_reglas.py" />
      <source>{0}: regla de sesión «{1}» vigente desde el {2}</source>
      <translation>{0}: session rule “{1}” in force from {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: se agregó {1}.</source>
      <translation>{0}: {1} was added.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: tiene {1} integrantes; {2} fija {3}.</source>
      <translation>{0}: has {1} members; {2} sets {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>{0}: todavía dice «{1}» (…{2}…), que es de la plantilla</source>
      <translation>{0}: still says “{1}” (…{2}…), which is from the template</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/aprobacion_de_actas.py" />
      <source>{0}: vacío</source>
      <translation>{0}: empty</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: ya no está {1}.</source>
      <translation>{0}: {1} is no longer there.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/instantaneas.py" />
      <source>{0}: ya no figura (el documento tenía {1}).</source>
      <translation>{0}: no longer appears (the document had {1}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0}: {1} (de 0 a {2}; 0 = sin tolerancia).</source>
      <translation>{0}: {1} (from 0 to {2}; 0 = no tolerance).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>{0}: {1} ({2} del total)</source>
      <translation>{0}: {1} ({2} of the total)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: {1} desde el {2}</source>
      <translation>{0}: {1} as of {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}: {1} en la {2}</source>
      <translation>{0}: {1} at the {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} figura como Presidente, pero {2} da la presidencia a quien ejerce la {3} ({4}). Corrija el cargo de ese mandato.</source>
      <translation>{0}: {1} is listed as President, but {2} gives the presidency to whoever holds the {3} ({4}). Correct the position in that term of office.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} figura como Presidente, pero {2} da la presidencia a quien ejerce la {3}. Corrija el cargo de ese mandato.</source>
      <translation>{0}: {1} is listed as President, but {2} gives the presidency to whoever holds the {3}. Correct the position in that term of office.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0}: {1} hasta el {2}</source>
      <translation>{0}: {1} until {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} miembros activos no figuran; {2} la integra con todos.</source>
      <translation>{0}: {1} active members are missing; {2} includes all of them.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: {1} minutos para la segunda convocatoria es demasiado; escriba hasta 10.080 (una semana).</source>
      <translation>{0}: {1} minutes for the second call is too long; enter up to 10,080 (one week).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} ocupa {2} pero no es país miembro de la asociación ({3}).</source>
      <translation>{0}: {1} holds {2} but is not a member country of the association ({3}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} ocupa {2}; {3} admite {4}.</source>
      <translation>{0}: {1} holds {2}; {3} allows {4}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0}: {1} problemas; no se importó nada. Corríjalos y vuelva a importar:</source>
      <translation>{0}: {1} problems; nothing was imported. Correct them and import again:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/archivos.py" />
      <source>{0}: {1} se guarda como {2}; use esa extensión.</source>
      <translation>{0}: {1} must be saved as {2}; use that extension.</translation>
    </message>
    <message>
      <location filename="../../escritorio/salida.py" />
      <source>{0}: {1} se guarda como {2}; use esa extensión. {3}.</source>
      <translation>{0}: {1} is saved as {2}; use that extension. {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} tiene {2} de {3} puestos; falta {4} según {5}.</source>
      <translation>{0}: {1} has {2} of {3} seats; {4} is missing according to {5}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <source>{0}: {1} tiene {2} de {3} puestos; faltan {4} según {5}.</source>
      <translation>{0}: {1} has {2} of {3} seats; {4} are missing according to {5}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0}: {1}, vencido hace {2} días</source>
      <translation>{0}: {1}, {2} days overdue</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cuotas.py" />
      <source>{0}: {1}. No se registró la exención.</source>
      <translation>{0}: {1}. The exemption was not recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0}: {1}/{2} más uno es más que todos: nunca habría quórum. Quite «más uno» o use una fracción menor.</source>
      <translation>{0}: {1}/{2} plus one is more than everyone: there would never be a quorum. Remove “plus one” or use a smaller fraction.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>{0}: «{1}» → «{2}»</source>
      <translation>{0}: “{1}” → “{2}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0}; el voto se suspende con {1}{2}.</source>
      <translation>{0}; the vote is suspended at {1}{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0}; en segunda convocatoria, pasado 1 minuto, con los presentes</source>
      <translation>{0}; on second call, after 1 minute, with those present</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>{0}; en segunda convocatoria, pasados {1} minutos, con los presentes</source>
      <translation>{0}; on second call, after {1} minutes, with those present</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>{0}; lo registró {1}</source>
      <translation>{0}; recorded by {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>{0}; ningún miembro existente cambia.</source>
      <translation>{0}; no existing member changes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0}; {1} o más suspenden el voto{2}.</source>
      <translation>{0}; {1} or more suspend the vote{2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>{0}de {1}</source>
      <translation>{0}from {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>{0}{1}: {2}. {3} No se guardó nada.</source>
      <translation>{0}{1}: {2}. {3} Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/efectos.py" />
      <source>{3} de {4} por {0}{1}</source>
      <translation>{3} of {4} by {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/respaldo.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>«{0}»</source>
      <translation>“{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>«{0}» ({1})</source>
      <translation>“{0}” ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <source>«{0}» ({1}, {2}) ya aparece en la fila {3}; cada miembro debe figurar una sola vez</source>
      <translation>“{0}” ({1}, {2}) already appears in row {3}; each member must appear only once</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» desconocido; use uno de: {1}</source>
      <translation>unknown “{0}”; use one of: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» desconocido; use {1}</source>
      <translation>unknown “{0}”; use {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» desconocido; use {1} ({2})</source>
      <translation>unknown “{0}”; use {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>«{0}» es demasiado grande; debe estar entre {1} y {2}</source>
      <translation>“{0}” is too large; it must be between {1} and {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» es demasiado grande; el máximo es {1}</source>
      <translation>“{0}” is too large; the maximum is {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» es demasiado largo para ser un número ({1} caracteres)</source>
      <translation>“{0}” is too long to be a number ({1} characters)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» está fuera de lo posible; debe estar entre 0,000001 y 1.000.000.000</source>
      <translation>“{0}” is out of range; it must be between 0.000001 and 1,000,000,000</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>«{0}» no es el código ISO 4217 de una moneda vigente; escriba tres letras, por ejemplo USD, EUR, ARS, BRL, UYU, CLP, PYG o MXN</source>
      <translation>“{0}” is not the ISO 4217 code of a currency in use; enter three letters, for example USD, EUR, ARS, BRL, UYU, CLP, PYG or MXN</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>«{0}» no es la dirección de un servidor de sello de tiempo (debe empezar con http:// o https://). No se firmó nada.</source>
      <translation>“{0}” is not the address of a timestamp server (it must start with http:// or https://). Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es mayor que cero; escriba cuántas unidades de la moneda del pago vale 1 unidad de la moneda de los cargos (por ejemplo 1400)</source>
      <translation>“{0}” is not greater than zero; type how many units of the payment currency 1 unit of the charges’ currency is worth (for example 1400)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» no es un código de idioma; escriba códigos de dos letras separados por comas, por ejemplo es,pt</source>
      <translation>“{0}” is not a language code; type two-letter codes separated by commas, for example es,pt</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>«{0}» no es un código de verificación: tiene 12 letras y cifras en tres grupos, como 7K2M-QX4P-9D0B (sin I, L, O ni U). Cópielo del pie del documento.</source>
      <translation>“{0}” is not a verification code: it has 12 letters and digits in three groups, like 7K2M-QX4P-9D0B (no I, L, O or U). Copy it from the footer of the document.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>«{0}» no es un dominio de internet; escriba el de su sitio, con su terminación, por ejemplo mercociudades.org</source>
      <translation>“{0}” is not an internet domain; type your site's domain, with its ending, for example mercociudades.org</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/idioma_de_los_documentos.py" />
      <source>«{0}» no es un idioma de documentos; use {1}.</source>
      <translation>“{0}” is not a document language; use {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un importe (ejemplos: 250,00 o 1.250,50); escríbalo con cifras del 0 al 9</source>
      <translation>“{0}” is not an amount (examples: 250.00 or 1,250.50); type it with the digits 0 to 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un número</source>
      <translation>“{0}” is not a number</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un número (ejemplos: 250,00 o 1.250,50)</source>
      <translation>“{0}” is not a number (examples: 250.00 or 1,250.50)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/estatutos.py" />
      <source>«{0}» no es un número de artículo (ejemplos: 14, 14 bis).</source>
      <translation>“{0}” is not an article number (examples: 14, 14 bis).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» no es un número; escríbalo con cifras del 0 al 9 (ejemplos: 250,00 o 1.250,50)</source>
      <translation>“{0}” is not a number; type it with the digits 0 to 9 (examples: 250.00 or 1,250.50)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/paises.py" />
      <source>«{0}» no es un país reconocido; escriba su código ISO de dos letras (AR, BR, UY…) o su nombre</source>
      <translation>“{0}” is not a recognized country; type its two-letter ISO code (AR, BR, UY…) or its name</translation>
    </message>
    <message>
      <location filename="../../escritorio/datos/postgres/conexion.py" />
      <source>«{0}» no es una dirección de servidor válida. Escríbala así: postgresql://USUARIO@EQUIPO:5432/BASE</source>
      <translation>“{0}” is not a valid server address. Write it like this: postgresql://USUARIO@EQUIPO:5432/BASE</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/mandatos.py" />
      <source>«{0}» no es una fecha válida (AAAA-MM-DD).</source>
      <translation>“{0}” is not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/entrada.py" />
      <source>«{0}» no es {1}; escríbalo con cifras del 0 al 9</source>
      <translation>“{0}” is not {1}; write it with the digits 0 to 9</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/asociaciones.py" />
      <source>«{0}» no sirve como sigla; use solo letras sin acentos y cifras (se admiten - . &amp; entre ellas), sin espacios; por ejemplo RML o FAM-BR</source>
      <translation>“{0}” cannot be used as an acronym; use only unaccented letters and digits (- . &amp; are allowed between them), without spaces; for example RML or FAM-BR</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/direccion_publica.py" />
      <source>«{0}» no sirve: {1}</source>
      <translation>“{0}” cannot be used: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/miembros.py" />
      <source>«{0}» tiene historia ({1}): no se puede borrar. Si deja la asociación, use «Dar de baja» con fecha y motivo.</source>
      <translation>“{0}” has history ({1}): it cannot be deleted. If it leaves the association, use “Record withdrawal” with a date and reason.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» tiene más decimales de los que admite {1}; escríbalo con {2} decimales como máximo</source>
      <translation>“{0}” has more decimals than {1} allows; type it with at most {2} decimals</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/dinero.py" />
      <source>«{0}» tiene más decimales de los que admite {1}; escríbalo sin decimales</source>
      <translation>“{0}” has more decimals than {1} allows; type it without decimals</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>¿Cerrar la {0} del punto {1}. {2}?</source>
      <translation>Close the {0} of item {1}. {2}?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>¿Devolver la sesión {0} a {1}? Todo lo registrado en esta copia para esa sesión (y los documentos emitidos en ella) se guarda en el servidor en una sola operación; si algo no cuadra, no se guarda nada.</source>
      <translation>Return session {0} to {1}? Everything recorded in this copy for that session (and the documents issued in it) is saved on the server in a single operation; if anything does not match, nothing is saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/viaje.py" />
      <source>¿Por qué se cancela el viaje de la sesión {0}? Lo registrado en la copia de viaje ya no vuelve al servidor (hay que hacerlo allí) y la sesión se puede modificar de nuevo en el servidor. El motivo queda en la bitácora:</source>
      <translation>Why is the trip of session {0} being cancelled? What was recorded in the travel copy no longer returns to the server (it must be done there) and the session can be changed on the server again. The reason stays in the audit log:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Órgano</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/emisiones.py" />
      <source>Órganos</source>
      <translation>Bodies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>íconos CC BY 4.0; fuentes SIL OFL 1.1</source>
      <translation>icons CC BY 4.0; fonts SIL OFL 1.1</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>íntegra</source>
      <translation>intact</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>íntegra; después se agregaron firmas o datos de validación</source>
      <translation>intact; signatures or validation data were added afterwards</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>órgano #{0}</source>
      <translation>body #{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>— sin poder —</source>
      <translation>— no proxy —</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>• un movimiento de entonces cambió (por ejemplo, un pago anulado después)</source>
      <translation>• a transaction from that time changed (for example, a payment voided later)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/vigencia.py" />
      <source>• y {0} más</source>
      <translation>• and {0} more</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>• y {0} más.</source>
      <translation>• and {0} more.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/verificar_documento.py" />
      <source>• {0} ({1}): {2}.</source>
      <translation>• {0} ({1}): {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/importacion.py" />
      <source>… y {0} problemas más.</source>
      <translation>… and {0} more problems.</translation>
    </message>
  </context>
  <context>
    <name>IndicadorQuorum</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Cuentan los presentes con derecho a voto y los ausentes que dieron su poder a un presente. Los miembros sin voto no cuentan.</source>
      <translation>Those present with voting rights count, as do absent members who gave their proxy to someone present. Non-voting members do not count.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — no hay quórum, falta 1</source>
      <translation>Quorum: {0} of {1} — no quorum, 1 short</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — no hay quórum, faltan {2}</source>
      <translation>Quorum: {0} of {1} — no quorum, {2} short</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — se verifica</source>
      <translation>Quorum: {0} of {1} — quorum reached</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Quórum: {0} de {1} — segunda convocatoria, se sesiona con los presentes</source>
      <translation>Quorum: {0} of {1} — second call, the session proceeds with those present</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Regla: {0} Se requieren {1} de {2}.</source>
      <translation>Rule: {0} {1} of {2} required.</translation>
    </message>
  </context>
  <context>
    <name>MenuEdicion</name>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>&amp;Edición</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>Deshacer</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>Deshacer: {0}</source>
      <translation>Undo: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>Deshecho: {0}. Ctrl+Y lo vuelve a hacer.</source>
      <translation>Undone: {0}. Ctrl+Y redoes it.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>No hay nada para deshacer.</source>
      <translation>There is nothing to undo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>No hay nada para rehacer.</source>
      <translation>There is nothing to redo.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>Rehacer</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>Rehacer: {0}</source>
      <translation>Redo: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_edicion.py" />
      <source>Rehecho: {0}.</source>
      <translation>Redone: {0}.</translation>
    </message>
  </context>
  <context>
    <name>ModeloAsistencia</name>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Asiste</source>
      <translation>Attending</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Asiste la autoridad. Doble clic para indicar un representante acreditado.</source>
      <translation>The authority attends in person. Double-click to enter an accredited representative.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Asistencia</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Autoridad: {0}</source>
      <translation>Authority: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Clic en Presente, Ausente o Excusado (o las teclas P, A, E)</source>
      <translation>Click Present, Absent or Excused (or press P, A, E)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Doble clic para elegir a qué miembro presente da su poder</source>
      <translation>Double-click to choose which member present receives the proxy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>El poder no cuenta para el quórum ni para votar: quien lo recibe no está presente.</source>
      <translation>The proxy counts neither toward the quorum nor for voting: its holder is not present.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Poder a</source>
      <translation>Proxy to</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Representante acreditado. Doble clic para cambiarlo.</source>
      <translation>Accredited representative. Double-click to change.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sí</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sí + 1 poder</source>
      <translation>Yes + 1 proxy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sí + {0} poderes</source>
      <translation>Yes + {0} proxies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Voto</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>{0} (no está presente)</source>
      <translation>{0} (not present)</translation>
    </message>
  </context>
  <context>
    <name>ModeloMiembros</name>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Ingreso</source>
      <translation>Admission</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Nombre</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <source>Región</source>
      <translation>Region</translation>
    </message>
  </context>
  <context>
    <name>ModeloNominal</name>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Sentido del voto</source>
      <translation>Vote cast</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>Vota</source>
      <translation>Voting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>en persona</source>
      <translation>in person</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <source>por poder: {0}</source>
      <translation>by proxy: {0}</translation>
    </message>
  </context>
  <context>
    <name>PanelEleccion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>&amp;Cerrar elección</source>
      <translation>&amp;Close election</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Adoptar &amp;resolución…</source>
      <translation>Adopt &amp;resolution…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Agregar segunda vuelta</source>
      <translation>Add runoff</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Con varios puestos resultan electas las más votadas (pluralidad).</source>
      <translation>With several seats, the candidacies with the most votes are elected (plurality).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Confirmar y designar…</source>
      <translation>Confirm and appoint…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Defina el cargo que se elige</source>
      <translation>Define the position being elected</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Definir el cargo…</source>
      <translation>Define the position…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Editar cargo…</source>
      <translation>Edit position…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Indique qué cargo de qué órgano se elige y por qué período; después agregue las candidaturas y registre el recuento. Con candidatura electa, al confirmar la elección se registra su mandato en el órgano.</source>
      <translation>Indicate which position on which body is being elected and for what period; then add the candidacies and record the count. If a candidacy is elected, confirming the election records its term of office in the body.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>La fija el estatuto: solo se vota con ella o con una más exigente.</source>
      <translation>Set by the statutes: the vote can only use it or a stricter one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Motivo del cambio de mayoría (queda en el acta)</source>
      <translation>Reason for changing the majority (recorded in the minutes)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Motivo del cambio:</source>
      <translation>Reason for the change:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>No se cerró la elección:</source>
      <translation>The election was not closed:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Para una elección que no designa un cargo (por ejemplo, la sede del próximo encuentro) o la ratificación de una única propuesta.</source>
      <translation>For an election that does not fill a position (for example, the venue of the next meeting) or the ratification of a single proposal.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Puestos: {0}</source>
      <translation>Seats: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Registra el mandato de la candidatura electa en el órgano</source>
      <translation>Records the elected candidacy’s term of office in the body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Registra el recuento, la candidatura electa y quién tenía derecho a votar; no se puede repetir</source>
      <translation>Records the count, the elected candidacy and who was entitled to vote; cannot be repeated</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Regla: {0}.</source>
      <translation>Rule: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Votar este punto por sí o por no</source>
      <translation>Put this item to a yes/no vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>al confirmar, el mandato anterior en el cargo termina la víspera</source>
      <translation>on confirmation, the previous term in the position ends the day before</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>al confirmar, se registra el mandato en el órgano</source>
      <translation>on confirmation, the term of office is recorded in the body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>con derecho a voto en el órgano</source>
      <translation>with voting rights in the body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>elección</source>
      <translation>election</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>resultan electas las más votadas, con los cupos por país del órgano</source>
      <translation>the candidacies with the most votes are elected, with the body’s per-country quotas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>sin derecho a voto</source>
      <translation>without voting rights</translation>
    </message>
  </context>
  <context>
    <name>PanelRotacion</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Anterior</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Calendario de períodos</source>
      <translation>Schedule of periods</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Ciudad</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Cumplida</source>
      <translation>Completed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>En ejercicio</source>
      <translation>In office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Hasta</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>N.º</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>No se pudo leer el calendario.</source>
      <translation>Could not read the schedule.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Prevista</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Secretaría Ejecutiva y Comisión Directiva (troika)</source>
      <translation>Executive Secretariat and Executive Board (troika)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Siguiente</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Situación</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Traspasar la Secretaría Ejecutiva a la ciudad siguiente, con vista previa</source>
      <translation>Hand over the Executive Secretariat to the next city, with a preview</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>Traspaso…</source>
      <translation>Handover…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/rotacion.py" />
      <source>{0} períodos registrados desde el {1}; los {2} siguientes siguen el orden de sucesión.</source>
      <translation>{0} periods recorded since {1}; the next {2} follow the order of succession.</translation>
    </message>
  </context>
  <context>
    <name>Pestana</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pestana.py" />
      <source>Elija una fila</source>
      <translation>Choose a row</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pestana.py" />
      <source>Seleccione primero {0} en la tabla.</source>
      <translation>First select {0} in the table.</translation>
    </message>
  </context>
  <context>
    <name>PestanaActa</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Acta (PDF)…</source>
      <translation>Minutes (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Acta de {0}</source>
      <translation>Minutes of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Adjunta el PDF escaneado con las firmas; el acta pasa a «firmada».</source>
      <translation>Attaches the scanned PDF with the signatures; the minutes become “signed”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Adjuntar el acta firmada</source>
      <translation>Attach the signed minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Apertura:</source>
      <translation>Opening:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Aprobada por {0} el {1}.</source>
      <translation>Approved by {0} on {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Aprobar con la resolución de su punto «Aprobación del acta», de esta sesión o de una posterior; el acta queda congelada con su huella SHA-256.</source>
      <translation>Approve with the resolution of its “Approval of the minutes” item, from this session or a later one; the minutes are frozen with their SHA-256 fingerprint.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Aprobar el acta</source>
      <translation>Approve the minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Aprobar…</source>
      <translation>Approve…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Asistencia y votaciones (Excel)…</source>
      <translation>Attendance and votes (Excel)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Cierre:</source>
      <translation>Closing:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Completa la apertura y el cierre vacíos con un texto de la sesión</source>
      <translation>Fills in the empty opening and closing with text based on the session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Convocatoria (PDF)…</source>
      <translation>Notice of meeting (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Corrección</source>
      <translation>Correction</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Disponible cuando el acta esté aprobada (un borrador se corrige directamente).</source>
      <translation>Available once the minutes are approved (a draft is corrected directly).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Disponible cuando el acta esté aprobada.</source>
      <translation>Available once the minutes are approved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Documento PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Documentos</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>El PDF escaneado con las firmas ya está adjunto y no se reemplaza; un error se registra en una fe de erratas.</source>
      <translation>The scanned PDF with the signatures is already attached and is not replaced; an error is recorded in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>El acta aprobada no se modifica: las correcciones van en una fe de erratas.</source>
      <translation>Approved minutes are not changed: corrections go in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>El acta ya está aprobada.</source>
      <translation>The minutes are already approved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>En la ciudad de…, a … días del mes de … de …, siendo las … horas, se reúne en sesión … el …</source>
      <translation>In the city of…, on the … day of … …, at … hours, the … meets in … session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Estado del acta:</source>
      <translation>Minutes status:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Fe de erratas</source>
      <translation>Errata</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Fe de erratas…</source>
      <translation>Errata…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Fecha</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firma el acta con el certificado .p12/.pfx de quien firma (sin conexión) y muestra sus firmas.</source>
      <translation>Signs the minutes with the signer's .p12/.pfx certificate (offline) and shows their signatures.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmada digitalmente por {0}.</source>
      <translation>Digitally signed by {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmada.</source>
      <translation>Signed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmada; el PDF con las firmas está guardado.</source>
      <translation>Signed; the PDF with the signatures is stored.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmar (adjuntar PDF firmado)…</source>
      <translation>Sign (attach signed PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Firmar digitalmente…</source>
      <translation>Sign digitally…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Huella SHA-256:</source>
      <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>No habiendo más asuntos que tratar, se levanta la sesión siendo las … horas.</source>
      <translation>There being no further business, the session is adjourned at … hours.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>No se pudo leer {0}: {1}</source>
      <translation>Could not read {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>PDF firmado adjunto</source>
      <translation>Signed PDF attached</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Preside:</source>
      <translation>Chair:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Proponer textos</source>
      <translation>Suggest wording</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Se agregó el punto {0} «{1}» al orden del día de la {2}. Cuando se vote y se adopte su resolución, apruebe esta acta con «Aprobar…».</source>
      <translation>Item {0} “{1}” was added to the agenda of the {2}. Once it is voted on and its resolution is adopted, approve these minutes with “Approve…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Se corrige libremente hasta que se apruebe en esta sesión o en una posterior.</source>
      <translation>They can be corrected freely until approved at this session or a later one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Secretaría:</source>
      <translation>Secretary:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Sin guardar…</source>
      <translation>Unsaved…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Solo lectura: el acta está aprobada; las correcciones van en una fe de erratas.</source>
      <translation>Read-only: the minutes are approved; corrections go in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Todavía no se puede aprobar:</source>
      <translation>Cannot be approved yet:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Una corrección fechada que se imprime al final del acta aprobada.</source>
      <translation>A dated correction printed at the end of the approved minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Vista previa (PDF)…</source>
      <translation>Preview (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>Vista previa del acta</source>
      <translation>Minutes preview</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>el borrador del acta</source>
      <translation>the draft minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>nombre y cargo de quien actúa como secretaría</source>
      <translation>name and position of the person acting as secretary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>nombre y cargo de quien preside</source>
      <translation>name and position of the person presiding</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✓ Borrador guardado</source>
      <translation>✓ Draft saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✓ el registro coincide con la huella</source>
      <translation>✓ the record matches the fingerprint</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✗ No se guardó (vea el aviso)</source>
      <translation>✗ Not saved (see the message)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <source>✗ el registro ya no coincide con la huella</source>
      <translation>✗ the record no longer matches the fingerprint</translation>
    </message>
  </context>
  <context>
    <name>PestanaAsistencia</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>&amp;Todos presentes</source>
      <translation>Everyone &amp;present</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Agregar &amp;invitado…</source>
      <translation>Add &amp;guest…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Asistencia</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Ausente</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Buscar miembro, país o persona…</source>
      <translation>Search member, country or person…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Calidad</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Con el ratón: clic en Presente, Ausente o Excusado; doble clic en «Asiste» para el representante y en «Poder a» para el poder de un ausente.</source>
      <translation>With the mouse: click Present, Absent or Excused; double-click “Attending” for the representative and “Proxy to” for an absent member's proxy.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Excusado</source>
      <translation>Excused</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Institución</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Invitados y observadores (sin voto)</source>
      <translation>Guests and observers (non-voting)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Marca presentes a todos los integrantes; después se desmarca a quien falte</source>
      <translation>Marks all members as present; then unmark anyone who is missing</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Nadie integra el órgano en la fecha de la sesión ({0}): revise los mandatos en el área Órganos.</source>
      <translation>Nobody sits on the body on the session date ({0}): check the terms of office in the Bodies area.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Nombre</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>P presente · A ausente · E excusado</source>
      <translation>P present · A absent · E excused</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>P presente · A ausente · E excusado · Espacio alterna · F2 representante o poder · Ctrl+F buscar</source>
      <translation>P present · A absent · E excused · Space toggles · F2 representative or proxy · Ctrl+F search</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Para el quórum cuentan {0} de {1}: los presentes con voto y los poderes que recibieron.</source>
      <translation>{0} of {1} count towards the quorum: those present with voting rights and the proxies they received.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Presente</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>Un invitado u observador asiste sin voto y no cuenta para el quórum; figura en el acta.</source>
      <translation>A guest or observer attends without a vote and does not count towards the quorum; they are listed in the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>ausente</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>ausentes</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>excusado</source>
      <translation>excused</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>excusados</source>
      <translation>excused</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>integrante</source>
      <translation>member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>integrantes</source>
      <translation>members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>poder</source>
      <translation>proxy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>poderes</source>
      <translation>proxies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>presente</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>presentes</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_asistencia.py" />
      <source>{0} sin voto</source>
      <translation>{0} non-voting</translation>
    </message>
  </context>
  <context>
    <name>PestanaAutoridades</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Agregar…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Asume el:</source>
      <translation>Takes office on:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Autoridades</source>
      <translation>Authorities</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Cargo</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Cargo:</source>
      <translation>Position:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Contacto guardado.</source>
      <translation>Contact saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Contacto quitado.</source>
      <translation>Contact removed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Contactos</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Correo</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Editar…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Hasta</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>La autoridad anterior termina su mandato el día antes de que asuma la nueva.</source>
      <translation>The previous authority's term of office ends the day before the new one takes office.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>No se registró la autoridad. Corrija los campos marcados:</source>
      <translation>The authority was not recorded. Correct the highlighted fields:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nombre</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Nueva autoridad</source>
      <translation>New authority</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Persona</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Persona:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Quitar</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Quitar contacto</source>
      <translation>Remove contact</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Registrar</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>Teléfono</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>nombre y apellido</source>
      <translation>first and last name</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>sin registrar</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>{0} quedó registrada como autoridad.</source>
      <translation>{0} was recorded as the authority.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_autoridades.py" />
      <source>¿Quitar a «{0}» de los contactos de este miembro?</source>
      <translation>Remove “{0}” from this member's contacts?</translation>
    </message>
  </context>
  <context>
    <name>PestanaAvisos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source> y </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>A cada cuota le toca el aviso siguiente al último que se le envió (nunca el 3.º sin el 1.º y el 2.º), cuando el atraso llega a sus días y pasó desde el anterior lo que separa los dos escalones.</source>
      <translation>Each fee gets the reminder after the last one sent for it (never the 3rd without the 1st and 2nd), once the delay reaches its days and the gap between the two steps has passed since the previous one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Atraso al:</source>
      <translation>Overdue as of:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Aviso</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Avisos en orden, a los {0} días de atraso y separados como esos escalones. Cada carta se registra al generarla: no se repite.</source>
      <translation>Reminders in order, at {0} days overdue and spaced like those steps. Each letter is recorded when generated: it is not repeated.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Cargos</source>
      <translation>Charges</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Generar avisos de cobro</source>
      <translation>Generate payment reminders</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Generar cartas (PDF)…</source>
      <translation>Generate letters (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Mayor atraso</source>
      <translation>Longest overdue</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>No hay avisos pendientes a esta fecha.</source>
      <translation>No reminders are due as of this date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Se generarán {0} cartas de aviso en un PDF y quedarán registradas como enviadas: la próxima vista previa ya no las incluirá.

¿Continuar?</source>
      <translation>{0} reminder letters will be generated in one PDF and recorded as sent: the next preview will no longer include them.

Continue?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0} cartas · total adeudado &lt;b&gt;{1}&lt;/b&gt;</source>
      <translation>{0} letters · total owed &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0} días</source>
      <translation>{0} days</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0}.º aviso</source>
      <translation>Reminder {0}</translation>
    </message>
  </context>
  <context>
    <name>PestanaCargos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Año:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Exportar a Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Exportar el padrón de cuotas</source>
      <translation>Export the fee roll</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Importe</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>No hay cargos emitidos para {0}.</source>
      <translation>No charges issued for {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Pagado</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Resumen de cobranza</source>
      <translation>Collection summary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Resumen de cobranza (PDF)…</source>
      <translation>Collection summary (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Todos los países</source>
      <translation>All countries</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Tramo</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>{0} cargos · Facturado {1} · Cobrado {2} ({3}) · Saldo &lt;b&gt;{4}&lt;/b&gt;</source>
      <translation>{0} charges · Billed {1} · Collected {2} ({3}) · Balance &lt;b&gt;{4}&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>PestanaCuenta</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Al día ({0})</source>
      <translation>Up to date ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Concepto</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Debe</source>
      <translation>Debit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Derecho a voto</source>
      <translation>Voting right</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>El miembro tiene una cuenta por moneda: elija cuál ver</source>
      <translation>The member has one account per currency: choose which one to view</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Estado de cuenta</source>
      <translation>Account statement</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Estado de cuenta (PDF)…</source>
      <translation>Account statement (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Fecha</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Haber</source>
      <translation>Credit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Moneda</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Registrar pago…</source>
      <translation>Record payment…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Suspendido</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Sí</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>Vencido</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>{0} a favor</source>
      <translation>{0} in credit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_cuenta.py" />
      <source>{0} a pagar</source>
      <translation>{0} due</translation>
    </message>
  </context>
  <context>
    <name>PestanaDatos</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Asociación nacional</source>
      <translation>National association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Autoridad:</source>
      <translation>Authority:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Año:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Cambios guardados.</source>
      <translation>Changes saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Contacto institucional</source>
      <translation>Institutional contact</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Correo:</source>
      <translation>Email:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Código oficial del municipio en su país (opcional, único en la asociación)</source>
      <translation>Official code of the municipality in its country (optional, unique within the association)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Código oficial:</source>
      <translation>Official code:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Decidido:</source>
      <translation>Decided:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Designación</source>
      <translation>Appointment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Disponible después de guardar el nuevo miembro</source>
      <translation>Available after saving the new member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Elija un país…</source>
      <translation>Choose a country…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Estado:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Fecha de ingreso:</source>
      <translation>Admission date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Ficha recargada con los datos actuales; sus cambios no se guardaron.</source>
      <translation>Record reloaded with the current data; your changes were not saved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Fuente:</source>
      <translation>Source:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Gobierno regional</source>
      <translation>Regional government</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>INDEC, IBGE, INE…</source>
      <translation>INDEC, IBGE, INE…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Identificación</source>
      <translation>Identification</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Membresía</source>
      <translation>Membership</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Miembro creado. Ya puede completar su autoridad, contactos y estado.</source>
      <translation>Member created. You can now fill in its authority, contacts and status.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Miembro fundador</source>
      <translation>Founding member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Modo de ingreso:</source>
      <translation>Admission type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Municipio</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>No se guardó nada. Corrija los campos marcados:</source>
      <translation>Nothing was saved. Correct the highlighted fields:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro programa sigue en la base. Revise y guarde de nuevo si corresponde.</source>
      <translation>Nothing was saved: your changes are still on screen and what the other program saved is still in the database. Review and save again if appropriate.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Nombre:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Nuevo miembro</source>
      <translation>New member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>País:</source>
      <translation>Country:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Población:</source>
      <translation>Population:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Región:</source>
      <translation>Region:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Situación actual</source>
      <translation>Current situation</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Solicitud propia</source>
      <translation>Own application</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Teléfono:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>aaaa</source>
      <translation>yyyy</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>habitantes</source>
      <translation>inhabitants</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>la ficha</source>
      <translation>the record</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>por ejemplo: Censo 2022</source>
      <translation>for example: 2022 Census</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_datos.py" />
      <source>sin fecha</source>
      <translation>no date</translation>
    </message>
  </context>
  <context>
    <name>PestanaEmision</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source> por un total de {0}</source>
      <translation> for a total of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>(elegido; el de la escala es el {0})</source>
      <translation>(chosen; the scale's is {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>. La base cambió después de la vista previa (otra ventana o la línea de órdenes): se emitió lo que correspondía al confirmar</source>
      <translation>. The database changed after the preview (another window or the command line): what was due at the time of confirmation was issued</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>&lt;b&gt;{0} {1}:&lt;/b&gt; no hay cargos nuevos que emitir · {2} ya emitidos</source>
      <translation>&lt;b&gt;{0} {1}:&lt;/b&gt; no new charges to issue · {2} already issued</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>&lt;b&gt;{0} {1}:&lt;/b&gt; {2} cargos nuevos por &lt;b&gt;{3}&lt;/b&gt; · {4} ya emitidos</source>
      <translation>&lt;b&gt;{0} {1}:&lt;/b&gt; {2} new charges totaling &lt;b&gt;{3}&lt;/b&gt; · {4} already issued</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Año:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Bruto {0}, descuento {1}</source>
      <translation>Gross {0}, discount {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Cargo:</source>
      <translation>Charge:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Cargos ya emitidos cuyo importe hoy sería otro (no se modifican)</source>
      <translation>Charges already issued whose amount would be different today (they are not changed)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Cámbielo en «Vencen el», arriba.</source>
      <translation>Change it in “Due on”, above.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Detalle</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>El vencimiento de los cargos nuevos (el de la escala, si no elige otro). Ningún cargo vence antes del ingreso de su miembro.</source>
      <translation>The due date of the new charges (the scale's, unless you choose another). No charge falls due before its member joined.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Elija el año y el tipo de cargo y pulse «Vista previa»: verá cada cargo que se emitiría, con su tramo e importe, sin escribir nada. Volver a emitir un año no duplica cargos: solo crea los que faltan.</source>
      <translation>Choose the year and the charge type and click “Preview”: you will see each charge that would be issued, with its tier and amount, without writing anything. Issuing a year again does not duplicate charges: it only creates the missing ones.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Emisión terminada</source>
      <translation>Issuing complete</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Emitir cuotas</source>
      <translation>Issue fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Emitir…</source>
      <translation>Issue…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Escala vigente {0}{1} · vencimiento {2}</source>
      <translation>Fee scale in force {0}{1} · due {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Importe</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Para cambiarlo, conteste No y elija la fecha en «Vencen el».</source>
      <translation>To change it, answer No and choose the date in “Due on”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Pulse «Vista previa»: el vencimiento sale de la escala y aquí se puede elegir otro.</source>
      <translation>Press “Preview”: the due date comes from the scale and you can choose another one here.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Se emitieron {0} cargos de {1} {2}</source>
      <translation>{0} charges issued for {1} {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Se emitirán {0} cargos de {1} {2} por un total de {3}, con vencimiento el {4}.

Los cargos quedan registrados en la cuenta de cada miembro. ¿Emitir?</source>
      <translation>{0} charges for {1} {2} will be issued for a total of {3}, due on {4}.

The charges are recorded in each member's account. Issue them?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Sin población registrada (no se les emite cargo): {0}.</source>
      <translation>No population recorded (no charge is issued to them): {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Total: {0} cargos · &lt;b&gt;{1}&lt;/b&gt;</source>
      <translation>Total: {0} charges · &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Tramo</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Vencen el:</source>
      <translation>Due on:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>Vista previa</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>según la escala</source>
      <translation>per the scale</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <source>{0} cargos ya emitidos cuyo importe hoy sería otro (no se modifican)</source>
      <translation>{0} charges already issued whose amount would be different today (they are not changed)</translation>
    </message>
  </context>
  <context>
    <name>PestanaEscalas</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>1 escala</source>
      <translation>1 fee scale</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Aprobada por:</source>
      <translation>Approved by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Artículo</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Artículo:</source>
      <translation>Article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Cada escala fija el importe de la cuota según la población del miembro a la fecha de referencia. Dos escalas del mismo tipo de cargo no pueden regir el mismo día.</source>
      <translation>Each fee scale sets the fee amount according to the member's population on the reference date. Two fee scales for the same charge type cannot be in force on the same day.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Elija una escala para ver sus tramos.</source>
      <translation>Choose a fee scale to see its tiers.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Importe</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Ingreso en el año:</source>
      <translation>Admission during the year:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Moneda</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>No hay escalas: cree la primera con «Nueva escala…».</source>
      <translation>No fee scales yet: create the first one with “New fee scale…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Nueva escala…</source>
      <translation>New fee scale…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Población al:</source>
      <translation>Population as of:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Tipo de cargo</source>
      <translation>Charge type</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Tramos</source>
      <translation>Tiers</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Vencimiento:</source>
      <translation>Due date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Vigencia</source>
      <translation>Effective period</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>sin dato</source>
      <translation>no data</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} de cada año</source>
      <translation>{0} every year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} de cada año (la población de ese día define el tramo)</source>
      <translation>{0} every year (the population on that day determines the tier)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} escalas</source>
      <translation>{0} fee scales</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0}, {1}</source>
      <translation>{0}, {1}</translation>
    </message>
  </context>
  <context>
    <name>PestanaEstado</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Activo</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Baja</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Baja registrada.</source>
      <translation>Withdrawal recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Borra el miembro por completo. Solo para un alta hecha por error y sin historia; si el miembro se va, use «Dar de baja».</source>
      <translation>Deletes the member completely. Only for an admission entered by mistake and with no history; if the member leaves, use “Record withdrawal”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Cambiar estado</source>
      <translation>Change status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Confirmar el cambio de estado</source>
      <translation>Confirm the status change</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Dar de baja…</source>
      <translation>Record withdrawal…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Desde:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>El miembro ya está dado de baja.</source>
      <translation>The member's withdrawal is already recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Eliminar (alta por error)…</source>
      <translation>Delete (admitted by mistake)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Eliminar miembro</source>
      <translation>Delete member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Escriba el motivo del cambio de estado.</source>
      <translation>Enter the reason for the status change.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado actual: &lt;b&gt;{0}&lt;/b&gt; desde el {1}.</source>
      <translation>Current status: &lt;b&gt;{0}&lt;/b&gt; since {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado registrado.</source>
      <translation>Status recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Estado:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Motivo</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Motivo:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>No se registró el estado:</source>
      <translation>The status was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Registrar</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Sin estados registrados.</source>
      <translation>No statuses recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Solicitante</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>Suspendido</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>por ejemplo: falta de pago de cuotas</source>
      <translation>for example: unpaid fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>sin registrar</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>{0} desde el {1}</source>
      <translation>{0} since {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>¿Eliminar «{0}» definitivamente?

Úselo solo si el alta fue un error: se borran la ficha, su población y sus contactos. Si el miembro se va de la asociación, use «Dar de baja».</source>
      <translation>Delete “{0}” permanently?

Use this only if the admission was a mistake: the record, its population and its contacts are deleted. If the member leaves the association, use “Record withdrawal”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_estado.py" />
      <source>¿Registrar el estado y terminar esos mandatos?</source>
      <translation>Record the status and end those terms of office?</translation>
    </message>
  </context>
  <context>
    <name>PestanaMorosidad</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Años</source>
      <translation>Years</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Cambiar la regla…</source>
      <translation>Change the rule…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Cuotas impagas</source>
      <translation>Unpaid fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Deuda</source>
      <translation>Debt</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Deuda vencida al:</source>
      <translation>Overdue debt as of:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Doble clic: la cuenta del miembro</source>
      <translation>Double-click: the member's account</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Exportar a Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Exportar la morosidad</source>
      <translation>Export arrears</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>No (de baja)</source>
      <translation>No (withdrawn)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Regla de los estatutos: &lt;b&gt;{0}&lt;/b&gt;</source>
      <translation>Statutes rule: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Solo con el voto suspendido</source>
      <translation>Only with vote suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Suspendido</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Sí</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Voto</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>la regla de voto</source>
      <translation>the voting rule</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>{0} miembros con deuda vencida · total &lt;b&gt;{1}&lt;/b&gt; · {2} con el voto suspendido</source>
      <translation>{0} members with overdue debt · total &lt;b&gt;{1}&lt;/b&gt; · {2} with vote suspended</translation>
    </message>
  </context>
  <context>
    <name>PestanaOrden</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Adoptar resolución…</source>
      <translation>Adopt resolution…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Agrega al final un punto de votación «Aprobación del acta» que aprueba esta acta o la de una sesión anterior: su resolución es la que aprueba el acta.</source>
      <translation>Adds a voting item “Approval of the minutes” at the end, which approves these minutes or those of an earlier session: its resolution is what approves the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Agregar punto…</source>
      <translation>Add item…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Agregar subpunto…</source>
      <translation>Add sub-item…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Aprobación del acta</source>
      <translation>Approval of the minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>De esta sesión (se aprueba al final)</source>
      <translation>Of this session (approved at the end)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Del acta de la {0}, {1}</source>
      <translation>Of the minutes of the {0}, {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>El acta está aprobada: el resumen ya no se modifica; las correcciones van en una fe de erratas.</source>
      <translation>The minutes are approved: the summary can no longer be changed; corrections go in an errata.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>El orden del día está vacío. Agregue el primer punto con «Agregar punto…»; los puntos de tipo Votación o Elección aparecen luego en la pestaña Votaciones.</source>
      <translation>The agenda is empty. Add the first item with “Add item…”; items of type Vote or Election then appear in the Votes tab.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Este punto se vota: cierre primero la votación en la pestaña Votaciones.</source>
      <translation>This item is put to a vote: first close the vote in the Votes tab.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Lo que se trató en este punto: informes, intervenciones, propuestas y acuerdos. Es el texto que va al acta.</source>
      <translation>What was discussed under this item: reports, statements, proposals and agreements. This is the text that goes into the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Punto</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Resumen de lo tratado</source>
      <translation>Summary of the discussion</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Sin guardar…</source>
      <translation>Unsaved…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Tipo</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>Un punto dentro del punto elegido (1.1, 1.2…)</source>
      <translation>An item within the selected item (1.1, 1.2…)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>aprobada</source>
      <translation>approved</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>decisión: {0}</source>
      <translation>decision: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>el resumen del punto</source>
      <translation>the item summary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>elección pendiente</source>
      <translation>election pending</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>rechazada</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>votación pendiente</source>
      <translation>vote pending</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>✓ Guardado</source>
      <translation>✓ Saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_orden.py" />
      <source>✗ No se guardó (vea el aviso)</source>
      <translation>✗ Not saved (see the message)</translation>
    </message>
  </context>
  <context>
    <name>PestanaPagos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source> · 1 anulado</source>
      <translation> · 1 voided</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source> · {0} anulados</source>
      <translation> · {0} voided</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>1 pago</source>
      <translation>1 payment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>ANULADO</source>
      <translation>VOIDED</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Anulado el {0}: {1}</source>
      <translation>Voided on {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Anular el pago</source>
      <translation>Void the payment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Anular el pago del recibo {0}: deja de contar y su recibo queda ANULADO (no se borra).</source>
      <translation>Void the payment of receipt {0}: it stops counting and its receipt is marked VOIDED (it is not deleted).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Anular…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Buscar por miembro, recibo o referencia</source>
      <translation>Search by member, receipt or reference</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>El recibo {0} en PDF, para imprimir o enviar.</source>
      <translation>Receipt {0} as a PDF, to print or send.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>El recibo {0} ya está anulado.</source>
      <translation>Receipt {0} is already voided.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>El recibo {0} ya está anulado: {1}</source>
      <translation>Receipt {0} is already voided: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Elija primero un pago en la tabla.</source>
      <translation>First choose a payment in the table.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Fecha</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Importe</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Medio</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Ningún pago coincide con la búsqueda o el año elegidos.</source>
      <translation>No payment matches the search or the chosen year.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Recibo</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Recibo (PDF)…</source>
      <translation>Receipt (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Recibo {0} de {1} por {2}, del {3}.

El pago deja de contar y su recibo queda ANULADO; no se borra.

Motivo de la anulación:</source>
      <translation>Receipt {0} from {1} for {2}, dated {3}.

The payment no longer counts and its receipt is marked VOIDED; it is not deleted.

Reason for voiding:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Referencia</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Registrar pago…</source>
      <translation>Record payment…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Todavía no hay pagos: registre uno con «Registrar pago…».</source>
      <translation>There are no payments yet: record one with “Record payment…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Todos los años</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>Vigente</source>
      <translation>Valid</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>un pago</source>
      <translation>a payment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
      <source>{0} pagos</source>
      <translation>{0} payments</translation>
    </message>
  </context>
  <context>
    <name>PestanaPoblacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Agregar</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Agregar una cifra</source>
      <translation>Add a figure</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Año</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Año:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Cifra agregada: es la población vigente.</source>
      <translation>Figure added: it is the current population.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Cifra de {0} agregada a la historia; la vigente sigue siendo la de {1}.</source>
      <translation>Figure for {0} added to the history; the current one is still that of {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Fuente</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Fuente:</source>
      <translation>Source:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>No se agregó la cifra. Corrija los campos marcados:</source>
      <translation>The figure was not added. Correct the highlighted fields:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Población vigente: &lt;b&gt;{0}&lt;/b&gt; habitantes ({1}). La vigente es siempre la cifra del año más reciente; las anteriores quedan como historia.</source>
      <translation>Current population: &lt;b&gt;{0}&lt;/b&gt; inhabitants ({1}). The current one is always the figure for the most recent year; earlier ones remain as history.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Población:</source>
      <translation>Population:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Registrada</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>Sin cifras de población todavía.</source>
      <translation>No population figures yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>año sin indicar</source>
      <translation>year not given</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>habitantes</source>
      <translation>inhabitants</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>por ejemplo: Censo 2022 (INDEC)</source>
      <translation>for example: 2022 Census (INDEC)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>sin cifras</source>
      <translation>no figures</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/ficha_poblacion.py" />
      <source>{0} hab. ({1})</source>
      <translation>{0} inhab. ({1})</translation>
    </message>
  </context>
  <context>
    <name>PestanaVotaciones</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>&amp;Borrar los votos</source>
      <translation>Clear the &amp;votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>&amp;Cerrar votación</source>
      <translation>&amp;Close vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>A favor</source>
      <translation>In favour</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Abstenciones</source>
      <translation>Abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Abstención</source>
      <translation>Abstention</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Adoptar &amp;resolución…</source>
      <translation>Adopt &amp;resolution…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Antes de cerrar la votación:</source>
      <translation>Before closing the vote:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Aprobada</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Elegir un cargo…</source>
      <translation>Elect a position…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>En contra</source>
      <translation>Against</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Firma la resolución adoptada con el certificado .p12/.pfx de quien firma (sin conexión) y muestra sus firmas</source>
      <translation>Signs the adopted resolution with the signer's .p12/.pfx certificate (offline) and shows its signatures</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Firmar digitalmente…</source>
      <translation>Sign digitally…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Firmas y adhesiones…</source>
      <translation>Signatures and endorsements…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Guarda la resolución adoptada en PDF, con su código de verificación y su QR</source>
      <translation>Saves the adopted resolution as a PDF, with its verification code and QR code</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>La fija el estatuto: solo se vota con ella o con una más exigente.</source>
      <translation>Set by the statutes: the vote can only use it or a stricter one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A simple majority means more votes in favour than against: it is counted on the votes cast. For abstentions to count, choose an absolute majority of those present.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Los miembros que firman la declaración y quienes adhieren sin ser miembros (otras redes, observadores, organizaciones)</source>
      <translation>The members who sign the declaration and the non-members who endorse it (other networks, observers, organizations)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Motivo del cambio:</source>
      <translation>Reason for the change:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>No hay puntos que se voten. En el orden del día, agregue un punto de tipo Votación o Elección.</source>
      <translation>There are no items to vote on. In the agenda, add an item of type Vote or Election.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>No se registró la votación:</source>
      <translation>The vote was not recorded:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Pendiente</source>
      <translation>Pending</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Punto</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Rechazada</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Registra el resultado y quién tenía derecho a votar; pide confirmación y no se puede repetir</source>
      <translation>Records the result and who was entitled to vote; asks for confirmation and cannot be repeated</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Regla: {0}.</source>
      <translation>Rule: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Resolución en PDF…</source>
      <translation>Resolution as PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Resultado</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>S a favor (sí) · N en contra (no) · A abstención · Supr borra el voto</source>
      <translation>S in favor (yes) · N against (no) · A abstain · Del clears the vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Se adopta una resolución cuando la votación está cerrada y la moción fue aprobada.</source>
      <translation>A resolution is adopted when the vote is closed and the motion was approved.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Si se cierra ahora: </source>
      <translation>If closed now: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Todos a &amp;favor</source>
      <translation>All in &amp;favor</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votación cerrada</source>
      <translation>Vote closed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votar este punto como elección de un cargo entre candidaturas</source>
      <translation>Vote on this item as an election to a position among candidacies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votos contados: {0} · pueden votar {1} (presentes con derecho a voto, contando los poderes).</source>
      <translation>Votes counted: {0} · eligible to vote: {1} (present with voting rights, including proxies).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Votos nominales: </source>
      <translation>Roll-call votes: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>decisión: {0}</source>
      <translation>decision: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>por qué se vota con otra mayoría que la de la regla (queda en el acta)</source>
      <translation>why the vote uses a majority other than the one in the rule (recorded in the minutes)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>votación</source>
      <translation>vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>✓ Quórum: {0} de {1} — se verifica.</source>
      <translation>✓ Quorum: {0} of {1} — quorum present.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>✗ Quórum: {0} de {1} — no hay quórum (se requieren {2}); no se puede votar.</source>
      <translation>✗ Quorum: {0} of {1} — no quorum ({2} required); voting is not possible.</translation>
    </message>
  </context>
  <context>
    <name>RecuentoEleccion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source> (vale {0})</source>
      <translation> (counts as {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source> el {0}</source>
      <translation> on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>A segunda vuelta</source>
      <translation>To runoff</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Abstenciones</source>
      <translation>Abstentions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Abstenciones: {0}</source>
      <translation>Abstentions: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Agrega un subpunto con el mismo cargo y las candidaturas finalistas</source>
      <translation>Adds a sub-item with the same position and the finalist candidacies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Agregar candidatura…</source>
      <translation>Add candidacy…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Agregar segunda vuelta</source>
      <translation>Add runoff</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Antes de cerrar la elección:</source>
      <translation>Before closing the election:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Borrar los votos</source>
      <translation>Clear the votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Candidaturas</source>
      <translation>Candidacies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Elección cerrada</source>
      <translation>Election closed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Electa</source>
      <translation>Elected</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Electa ({0}.º)</source>
      <translation>Elected (no. {0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Elija el voto de cada miembro en la tabla.</source>
      <translation>Choose each member's vote in the table.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>En blanco</source>
      <translation>Blank</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>En blanco: {0}</source>
      <translation>Blank: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Escriba los votos de cada candidatura, en blanco, nulos y abstenciones.</source>
      <translation>Enter the votes for each candidacy, blank and invalid votes, and abstentions.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Ir a la segunda vuelta ({0})</source>
      <translation>Go to the runoff ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>La elección quedó sin cerrar: con el acta aprobada ya no se registra su recuento.</source>
      <translation>The election was left open: with the minutes approved, its count can no longer be recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Los votos nulos no cuentan como emitidos.</source>
      <translation>Invalid votes do not count as cast.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Nulos</source>
      <translation>Invalid</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Nulos: {0}</source>
      <translation>Invalid: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Quitar</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Retira la candidatura (por ejemplo, si declina)</source>
      <translation>Withdraws the candidacy (for example, if the candidate declines)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Si se cierra ahora: </source>
      <translation>If closed now: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Tab: el miembro siguiente · escriba el comienzo de una candidatura (o «En blanco», «Abstención») para elegir su voto</source>
      <translation>Tab: next member · type the start of a candidacy (or “Blank”, “Abstention”) to choose the vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Todavía no hay candidaturas: agregue al menos una con «Agregar candidatura…».</source>
      <translation>No candidacies yet: add at least one with “Add candidacy…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Todavía no se puede cerrar la elección: revise lo que se indica debajo.</source>
      <translation>The election cannot be closed yet: check the points listed below.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Vota</source>
      <translation>Voting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votación {0} · pluralidad: las más votadas, con los cupos por país</source>
      <translation>{0} vote · plurality: the most voted, with per-country quotas</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votación {0} · {1} de los {2}</source>
      <translation>{0} vote · {1} of {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votaron {0} de {1} presentes con derecho a voto (contando los poderes).</source>
      <translation>{0} of {1} present with voting rights voted (including proxies).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Voto</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Voto de cada miembro</source>
      <translation>Each member's vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votos contados: {0} · pueden votar {1} (presentes con derecho a voto, contando los poderes).</source>
      <translation>Votes counted: {0} · eligible to vote: {1} (present with voting rights, including proxies).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>Votos nominales</source>
      <translation>Roll-call votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>en persona</source>
      <translation>in person</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>por poder: {0}</source>
      <translation>by proxy: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>— no votó —</source>
      <translation>— did not vote —</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>✓ Mandato registrado{0}: {1}, {2}.</source>
      <translation>✓ Term of office recorded{0}: {1}, {2}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>✓ Quórum: {0} de {1} — se verifica.</source>
      <translation>✓ Quorum: {0} of {1} — quorum present.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>✓ {0} mandatos registrados{1}: {2}; {3}.</source>
      <translation>✓ {0} terms of office recorded{1}: {2}; {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <source>✗ Quórum: {0} de {1} — no hay quórum (se requieren {2}); no se puede votar.</source>
      <translation>✗ Quorum: {0} of {1} — no quorum ({2} required); voting is not possible.</translation>
    </message>
  </context>
  <context>
    <name>VentanaPrincipal</name>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>  Asociación: </source>
      <translation>  Association: </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Abrir…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Acerca de Escritorio</source>
      <translation>&amp;About Escritorio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Archivo</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Bitácora de cambios…</source>
      <translation>Audit &amp;log…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Conectar a un servidor…</source>
      <translation>&amp;Connect to a server…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Datos de la asociación…</source>
      <translation>&amp;Association details…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Manual de uso</source>
      <translation>User &amp;manual</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Nueva base de datos…</source>
      <translation>&amp;New database…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Salir</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>&amp;Verificar un documento…</source>
      <translation>&amp;Verify a document…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>A&amp;yuda</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Abrir base de datos</source>
      <translation>Open database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Actualizado con lo que guardó otra persona en el servidor.</source>
      <translation>Updated with what someone else saved on the server.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Actualizado con lo que guardó otro programa (la línea de órdenes u otra ventana).</source>
      <translation>Updated with what another program saved (the command line or another window).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Asociación</source>
      <translation>Association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Base de Escritorio (*.db)</source>
      <translation>Escritorio database (*.db)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Base de Escritorio (*.db);;Todos los archivos (*)</source>
      <translation>Escritorio database (*.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Base: {0}</source>
      <translation>Database: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Conectar a un servidor</source>
      <translation>Connect to a server</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Crear &amp;respaldo…</source>
      <translation>Create &amp;backup…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Cuotas</source>
      <translation>Fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Escritorio — {0}</source>
      <translation>Escritorio — {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Estatutos</source>
      <translation>Statutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Inicio</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>La base fue reemplazada</source>
      <translation>The database was replaced</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>La base ya no está</source>
      <translation>The database is no longer there</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Miembros</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Nueva base de datos</source>
      <translation>New database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Otro programa reemplazó la base {0} mientras esta ventana la tenía abierta (por ejemplo, restauró un respaldo desde la línea de órdenes).

Escritorio la volvió a abrir: lo que ve ahora es lo que hay en el archivo, y lo que guarde desde ahora queda en él. Si estaba escribiendo algo en ese momento, revise que esté.</source>
      <translation>Another program replaced the database {0} while this window had it open (for example, it restored a backup from the command line).

Escritorio reopened it: what you see now is what is in the file, and whatever you save from now on goes into it. If you were typing something at that moment, check that it is there.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Res&amp;taurar respaldo…</source>
      <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Servidor: {0} — {1}</source>
      <translation>Server: {0} — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Sesiones</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Unidades temáticas</source>
      <translation>Thematic units</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Verificar la bas&amp;e…</source>
      <translation>Check the databas&amp;e…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Ya existe {0}. Para usarla elija Archivo &gt; Abrir; no se reemplaza.</source>
      <translation>{0} already exists. To use it, choose File &gt; Open; it is not replaced.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>{0} miembros</source>
      <translation>{0} members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/ventana_principal.py" />
      <source>Órganos</source>
      <translation>Bodies</translation>
    </message>
  </context>
  <context>
    <name>VistaCuotas</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Avisos</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Cargos</source>
      <translation>Charges</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Emisión</source>
      <translation>Issuing</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Escalas</source>
      <translation>Fee scales</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Morosidad</source>
      <translation>Arrears</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/__init__.py" />
      <source>Pagos</source>
      <translation>Payments</translation>
    </message>
  </context>
  <context>
    <name>VistaEstatutos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source> (posterior)</source>
      <translation> (later)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>1 artículo vigente al {0}</source>
      <translation>1 article in force on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>1 reforma en total</source>
      <translation>1 amendment in total</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>1 regla cita el texto anterior de un artículo reformado:</source>
      <translation>1 rule cites the previous text of an amended article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Agregado</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Aprobada por</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Art.</source>
      <translation>Art.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Artículo {0}</source>
      <translation>Article {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Buscar en el texto…</source>
      <translation>Search the text…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cambio</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cargar texto…</source>
      <translation>Load text…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Cargar un estatuto o reglamento nuevo pegando su texto o abriendo un .txt o .md</source>
      <translation>Load new statutes or regulations by pasting their text or opening a .txt or .md file</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Derogado</source>
      <translation>Repealed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Derogado desde el {0}</source>
      <translation>Repealed since {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Derogado el {0}</source>
      <translation>Repealed on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Diferencias</source>
      <translation>Differences</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Diferencias: 1 oración distinta</source>
      <translation>Differences: 1 sentence differs</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Diferencias: {0} oraciones distintas</source>
      <translation>Differences: {0} sentences differ</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>El texto se muestra tal como regía ese día, con las reformas vigentes hasta entonces.</source>
      <translation>The text is shown as it stood on that day, with the amendments in force up to then.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Elija una versión para leerla, o dos (Ctrl+clic) para compararlas.</source>
      <translation>Choose a version to read it, or two (Ctrl+click) to compare them.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Historia del artículo</source>
      <translation>Article history</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Hoy</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Imprimir (PDF)…</source>
      <translation>Print (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Imprimir el texto vigente</source>
      <translation>Print the text in force</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Modificado</source>
      <translation>Amended</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Ningún artículo vigente</source>
      <translation>No articles in force</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Norma:</source>
      <translation>Rule:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Otra versión, no la vigente al {0}. </source>
      <translation>Another version, not the one in force on {0}. </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Pegue el texto del estatuto o abra un archivo .txt o .md: cada artículo empieza con una línea «Artículo N». Después podrá registrar sus reformas y leer el texto vigente en cualquier fecha.</source>
      <translation>Paste the text of the statutes or open a .txt or .md file: each article starts with a line “Art. N”. You can then record their amendments and read the text in force on any date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Reforma</source>
      <translation>Amendment</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Reforma…</source>
      <translation>Amendment…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Registrar una reforma: artículos nuevos, cambiados o derogados desde una fecha</source>
      <translation>Record an amendment: new, changed or repealed articles from a given date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Restablecido</source>
      <translation>Reinstated</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Revíselas en Órganos (las reglas de sesión, guardando una versión nueva desde la reforma) o véalas todas con «escritorio estatutos reglas».</source>
      <translation>Review them in Bodies (the session rules, saving a new version from the amendment onward) or see them all with “escritorio estatutos reglas”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto original</source>
      <translation>Original text</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto vigente a la fecha elegida, con índice, en PDF</source>
      <translation>Text in force on the chosen date, with a table of contents, as PDF</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto vigente al:</source>
      <translation>Text in force on:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Texto vigente desde el {0} ({1})</source>
      <translation>Text in force since {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Todavía no hay estatuto ni reglamentos cargados</source>
      <translation>No statutes or regulations loaded yet</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Título</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Versión del {0}</source>
      <translation>Version of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Vigente desde</source>
      <translation>In force since</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Vigente desde el {0}</source>
      <translation>In force since {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Volver al texto vigente hoy</source>
      <translation>Back to the text in force today</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>sin referencia</source>
      <translation>no reference</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} artículos vigentes al {1}</source>
      <translation>{0} articles in force on {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} con texto reformado</source>
      <translation>{0} with amended text</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} de {1} artículos contienen «{2}»</source>
      <translation>{0} of {1} articles contain “{2}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} reformas en total</source>
      <translation>{0} amendments in total</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>{0} reglas citan el texto anterior de un artículo reformado:</source>
      <translation>{0} rules cite the previous text of an amended article:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>… y {0} más.</source>
      <translation>… and {0} more.</translation>
    </message>
  </context>
  <context>
    <name>VistaInicio</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Abre Cuotas › Escalas con una escala nueva: desde cuándo rige, su moneda y el importe de cada tramo.</source>
      <translation>Opens Fees › Fee scales with a new scale: when it takes effect, its currency and the amount for each tier.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Cambios recientes</source>
      <translation>Recent changes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Cobrado</source>
      <translation>Collected</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Crear la escala de cuotas…</source>
      <translation>Create the fee scale…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Cuotas anuales: lo facturado cada año y lo cobrado de ellas hasta hoy.</source>
      <translation>Annual fees: the amount billed each year and how much of it has been collected to date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Facturado</source>
      <translation>Billed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Facturado y cobrado por año</source>
      <translation>Billed and collected by year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Fundada el {0}</source>
      <translation>Founded on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>La asociación todavía no tiene una escala de cuota anual vigente. Los tramos de población salen de ella: los mismos que fijan la cuota de cada miembro.</source>
      <translation>The association does not have an annual fee scale in force yet. The population tiers come from it: the same ones that set each member's fee.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Mandatos por vencer en los próximos 60 días: {0} ({1}). El primero: {2} Véalos en Órganos.</source>
      <translation>Terms of office expiring in the next 60 days: {0} ({1}). The first: {2} See them in Bodies.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros activos y suspendidos; no cuenta las bajas.</source>
      <translation>Active and suspended members; withdrawn members are not counted.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros fundadores</source>
      <translation>Founding members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros por estado</source>
      <translation>Members by status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros por país</source>
      <translation>Members by country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Miembros por tramo de población</source>
      <translation>Members by population tier</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>No hay miembros fundadores registrados.</source>
      <translation>No founding members recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Sede: {0}</source>
      <translation>Headquarters: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>Todavía no hay cambios registrados.</source>
      <translation>No changes recorded yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>en el padrón</source>
      <translation>in the register</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>miembro vigente</source>
      <translation>current member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/inicio.py" />
      <source>miembros vigentes</source>
      <translation>current members</translation>
    </message>
  </context>
  <context>
    <name>VistaMiembros</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source> y </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Abrir la ficha del miembro elegido (o doble clic en la fila).</source>
      <translation>Open the record of the selected member (or double-click the row).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Buscar por nombre, región, país o código (Ctrl+F)</source>
      <translation>Search by name, region, country or code (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Cancelado: no se creó ningún archivo.</source>
      <translation>Canceled: no file was created.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Dar de baja…</source>
      <translation>Record withdrawal…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Documento PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Editar…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>El padrón entero en un PDF para imprimir.</source>
      <translation>The whole member register as a PDF to print.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>El padrón entero en un libro de Excel.</source>
      <translation>The whole member register as an Excel workbook.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Elija primero un miembro en la tabla.</source>
      <translation>First choose a member in the table.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Elija un miembro</source>
      <translation>Choose a member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Exportar a Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Exportar el padrón</source>
      <translation>Export the member register</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Importar…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Imprimir el padrón</source>
      <translation>Print the member register</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Imprimir padrón (PDF)…</source>
      <translation>Print member register (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Ninguno de los {0} miembros cumple {1}. Cambie la búsqueda o quite los filtros para verlos a todos.</source>
      <translation>None of the {0} members match {1}. Change the search or clear the filters to see them all.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Ningún miembro coincide con el filtro</source>
      <translation>No member matches the filter</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Nuevo miembro</source>
      <translation>New member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Quitar los filtros</source>
      <translation>Clear the filters</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Registrar la baja de {0} con fecha y motivo.</source>
      <translation>Record the withdrawal of {0}, with date and reason.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Seleccione primero un miembro en la tabla.</source>
      <translation>First select a member in the table.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Solicitud de ingreso…</source>
      <translation>Membership application…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todavía no hay miembros</source>
      <translation>No members yet</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todavía no hay miembros: cárguelos con «Nuevo miembro» o «Importar…».</source>
      <translation>There are no members yet: add them with “New member” or “Import…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todos los estados</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todos los países</source>
      <translation>All countries</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Todos los tipos</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Use «Nuevo miembro» para cargarlos de a uno, o «Importar…» para traer el padrón entero desde una planilla de Excel o CSV (una fila por miembro: nombre, país, población…).</source>
      <translation>Use “New member” to enter them one at a time, or “Import…” to bring in the whole member register from an Excel spreadsheet or CSV file (one row per member: name, country, population…).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>Ya dado de baja</source>
      <translation>Already withdrawn</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>el filtro</source>
      <translation>the filter</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>estado</source>
      <translation>status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>la búsqueda «{0}»</source>
      <translation>the search “{0}”</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>país</source>
      <translation>country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>tipo</source>
      <translation>type</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>{0} de {1} miembros</source>
      <translation>{0} of {1} members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>{0} ya está dado de baja.</source>
      <translation>{0} has already withdrawn.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
  </context>
  <context>
    <name>VistaOrganos</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>1 día</source>
      <translation>1 day</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>1 integrante</source>
      <translation>1 member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cargo</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición al</source>
      <translation>Composition as of</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición en Excel…</source>
      <translation>Composition as Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición en PDF…</source>
      <translation>Composition as PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Composición y mandatos</source>
      <translation>Composition and terms of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Confirma que las reglas de composición valen con el texto nuevo del artículo que citan</source>
      <translation>Confirms that the composition rules still hold under the new text of the article they cite</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Convocatoria: sin anticipación mínima{0}</source>
      <translation>Notice of meeting: no minimum notice period{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Convocatoria: {0} de anticipación{1}</source>
      <translation>Notice of meeting: {0} in advance{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cree el primero con «Nuevo órgano…».</source>
      <translation>Create the first one with “New body…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cumple las reglas de composición ({0}).</source>
      <translation>Meets the composition rules ({0}).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cumple las reglas de composición.</source>
      <translation>Meets the composition rules.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cuánto dura un mandato en este órgano, con su artículo</source>
      <translation>How long a term of office lasts in this body, with its article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Designar…</source>
      <translation>Appoint…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Documentos</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Elija primero un órgano en el árbol.</source>
      <translation>First choose a body in the tree.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Elija un mandato</source>
      <translation>Choose a term of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Exportar la composición</source>
      <translation>Export the composition</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Fíjela con «Reglas de sesión…».</source>
      <translation>Set it in “Session rules…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Hasta</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Historia…</source>
      <translation>History…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Hoy</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Imprimir el organigrama</source>
      <translation>Print the organization chart</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Imprimir la composición</source>
      <translation>Print the composition</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>La composición de hoy</source>
      <translation>Today's composition</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Los integrantes de una asamblea son todos los miembros activos: no tienen mandato que terminar.</source>
      <translation>The members of an assembly are all the active members: they have no term of office to end.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Mandatos por vencer:</source>
      <translation>Terms of office expiring:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Marcar revisadas</source>
      <translation>Mark as reviewed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Marcar revisadas las de composición…</source>
      <translation>Mark composition rules as reviewed…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Nadie integra el órgano en esa fecha.</source>
      <translation>Nobody sits on the body on that date.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>No se encuentra ese artículo en el texto vigente al {0}. Revise la cita o cargue el texto en Estatutos.</source>
      <translation>That article is not in the text in force on {0}. Check the citation or enter the text under Statutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>No: {0}</source>
      <translation>No: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Nuevo órgano…</source>
      <translation>New body…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Organigrama en PDF…</source>
      <translation>Organization chart as PDF…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Para reformar el estatuto, quórum: {0}</source>
      <translation>To amend the statutes, quorum: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Persona</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Período…</source>
      <translation>Period…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Poderes: hasta {0} por miembro</source>
      <translation>Proxies: up to {0} per member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Poderes: no se admiten</source>
      <translation>Proxies: not allowed</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Poderes: sin máximo</source>
      <translation>Proxies: no limit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Quién integra el órgano por regla (todos los activos, cupos por país, troika, de oficio, presidencia…): agregar y quitar</source>
      <translation>Who sits on the body by rule (all active members, per-country quotas, troika, ex officio, presidency…): add and remove</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Quórum, poderes, morosos y anticipación de la convocatoria de {0}</source>
      <translation>Quorum, proxies, members in arrears and notice period for {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Quórum: sin regla cargada, rige la mitad más uno de los miembros con derecho a voto.</source>
      <translation>Quorum: no rule entered, so half plus one of the members entitled to vote applies.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Reglas de composición que no se cumplen:</source>
      <translation>Composition rules not met:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Reglas de composición…</source>
      <translation>Composition rules…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Reglas de sesión…</source>
      <translation>Session rules…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Reglas que citan un texto reformado:</source>
      <translation>Rules that cite an amended text:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Rotación de la Secretaría Ejecutiva</source>
      <translation>Executive Secretariat rotation</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Se sienta de oficio por su cargo en {0}: deja el órgano cuando deja ese cargo (sin mandato que terminar aquí).</source>
      <translation>Sits ex officio by virtue of a position in {0}: leaves the body on leaving that position (no term of office to end here).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Seleccione primero un integrante en la tabla.</source>
      <translation>First select a member of the body in the table.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Sin órganos</source>
      <translation>No bodies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Sí</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Termina el mandato elegido con fecha y motivo</source>
      <translation>Ends the selected term of office, with date and reason</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Terminar mandato…</source>
      <translation>End term of office…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Todos los mandatos del órgano, con sus correcciones</source>
      <translation>All terms of office of the body, with their corrections</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Unidades temáticas ({0})</source>
      <translation>Thematic units ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Vigente desde el {0}{1}</source>
      <translation>In force since {0}{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Voto</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>depende de {0}</source>
      <translation>under {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>mandatos de {0} meses{1}</source>
      <translation>{0}-month terms of office{1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>preside {0} ({1})</source>
      <translation>chaired by {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>se reúne cada mes</source>
      <translation>meets every month</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>se reúne cada {0} meses</source>
      <translation>meets every {0} months</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>y {0} más (deje el puntero aquí para verlos).</source>
      <translation>and {0} more (hover here to see them).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} con voto</source>
      <translation>{0} voting</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} de oficio</source>
      <translation>{0} ex officio</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} días</source>
      <translation>{0} days</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} integrantes</source>
      <translation>{0} members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} · de oficio: {1}</source>
      <translation>{0} · ex officio: {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0} — {1}</source>
      <translation>{0} — {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>{0}: {1} en {2} desde el {3}.</source>
      <translation>{0}: {1} in {2} since {3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>¿Leyó el texto nuevo y estas reglas siguen valiendo?

{0}

Pasarán a citar el texto vigente desde la reforma.</source>
      <translation>Have you read the new text, and do these rules still apply?

{0}

They will then cite the text in force since the amendment.</translation>
    </message>
  </context>
  <context>
    <name>VistaSesiones</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source> de {0}</source>
      <translation> out of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>1 próxima</source>
      <translation>1 upcoming</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>1 sesión</source>
      <translation>1 session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Abrir la sesión</source>
      <translation>Open the session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Acta</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Acta: {0}</source>
      <translation>Minutes: {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Calendario</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocada el {0} · {1}</source>
      <translation>Convened on {0} · {1}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocar para ese día…</source>
      <translation>Convene for that day…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocar sesión</source>
      <translation>Convene session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convocar sesión…</source>
      <translation>Convene session…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Convoque la primera sesión de un órgano: fecha, hora y lugar o enlace. Después se arma el orden del día, se toma la asistencia con el quórum a la vista, se votan los puntos y se aprueba el acta.</source>
      <translation>Convene a body's first session: date, time and place or link. Then you build the agenda, take attendance with the quorum in view, vote on the items and approve the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Elija una sesión</source>
      <translation>Choose a session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Este órgano todavía no tiene sesiones. Use «Convocar sesión…».</source>
      <translation>This body has no sessions yet. Use “Convene session…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Fecha</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Hoy</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Los días con sesión aparecen resaltados en el calendario.</source>
      <translation>Days with a session are highlighted in the calendar.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Mostrar el mes en curso</source>
      <translation>Show the current month</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Orden del día sin puntos todavía</source>
      <translation>Agenda has no items yet</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Orden del día: 1 punto</source>
      <translation>Agenda: 1 item</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Orden del día: {0} puntos</source>
      <translation>Agenda: {0} items</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Primero cree los órganos de la asociación (área Órganos).</source>
      <translation>First create the association's bodies (Bodies area).</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Puede convocar una sesión para ese día.</source>
      <translation>You can convene a session for that day.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Sesión</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Sin sesiones el {0}</source>
      <translation>No sessions on {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Todavía no hay sesiones</source>
      <translation>No sessions yet</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Todos los órganos</source>
      <translation>All bodies</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>celebrada</source>
      <translation>held</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>convocada</source>
      <translation>convened</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>{0} próximas</source>
      <translation>{0} upcoming</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>{0} sesiones</source>
      <translation>{0} sessions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Órgano</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Órgano:</source>
      <translation>Body:</translation>
    </message>
  </context>
  <context>
    <name>VistaUnidades</name>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>, dependientes de «{0}».</source>
      <translation>, under “{0}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>1 unidad temática</source>
      <translation>1 thematic unit</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Actividad</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Agregar participante…</source>
      <translation>Add participant…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Cargar las 15 unidades de Mercociudades</source>
      <translation>Load the 15 Mercociudades units</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Coordinación</source>
      <translation>Coordination</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Hasta</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Informe de la unidad</source>
      <translation>Unit report</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Informe de la unidad (PDF)…</source>
      <translation>Unit report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>La asociación todavía no tiene unidades temáticas</source>
      <translation>The association has no thematic units yet</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Matriz de participación</source>
      <translation>Participation matrix</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Matriz de participación (Excel)…</source>
      <translation>Participation matrix (Excel)…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Miembros × unidades temáticas, con el papel de cada uno hoy</source>
      <translation>Members × thematic units, with each one's current role</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Nueva actividad…</source>
      <translation>New activity…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Objetivos</source>
      <translation>Objectives</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Papel</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Participantes</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Participantes ({0})</source>
      <translation>Participants ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Persona</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Plan de trabajo</source>
      <translation>Work plan</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Plan de trabajo ({0})</source>
      <translation>Work plan ({0})</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Puede empezar con las 15 unidades temáticas de Mercociudades (Ambiente, Cultura, Educación, Género, Juventud, Turismo…), cada una con sus objetivos. Después se les asignan coordinación, participantes y plan de trabajo.</source>
      <translation>You can start with the 15 Mercociudades thematic units (Environment, Culture, Education, Gender, Youth, Tourism…), each with its objectives. Then you assign them coordination, participants and a work plan.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Responsable</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Resultado</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Se crearon {0} unidades temáticas.</source>
      <translation>{0} thematic units were created.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Se crearán las 15 unidades temáticas de Mercociudades con sus objetivos</source>
      <translation>The 15 Mercociudades thematic units will be created with their objectives</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Sin objetivos registrados.</source>
      <translation>No objectives recorded.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Subcoordinación</source>
      <translation>Sub-coordination</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>Unidades temáticas</source>
      <translation>Thematic units</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>depende de {0}</source>
      <translation>under {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>{0} unidades temáticas</source>
      <translation>{0} thematic units</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <source>¿Continuar?</source>
      <translation>Continue?</translation>
    </message>
  </context>
  <context>
    <name>_PaginaArchivo</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>&lt;p&gt;&lt;b&gt;La primera fila debe tener los encabezados.&lt;/b&gt; El orden de las columnas no importa; en el paso siguiente podrá indicar qué dato trae cada una.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Obligatorias:&lt;/b&gt; {0}.&lt;br&gt;&lt;b&gt;Opcionales:&lt;/b&gt; {1}.&lt;/p&gt;&lt;p&gt;El país puede escribirse con su código ISO de dos letras (AR, BR…) o con su nombre. Un miembro que ya está en el padrón se reconoce por su Código o por país, región y nombre, y se actualiza; una celda vacía nunca borra un dato.&lt;/p&gt;&lt;p&gt;Nada se guarda hasta el último paso: antes verá cada problema del archivo o el resumen de lo que cambiará.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;The first row must contain the headers.&lt;/b&gt; The order of the columns does not matter; in the next step you can indicate what data each one contains.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Required:&lt;/b&gt; {0}.&lt;br&gt;&lt;b&gt;Optional:&lt;/b&gt; {1}.&lt;/p&gt;&lt;p&gt;The country can be written as its two-letter ISO code (AR, BR…) or by name. A member already in the register is recognized by its Code or by country, region and name, and is updated; an empty cell never erases any data.&lt;/p&gt;&lt;p&gt;Nothing is saved until the last step: before that, you will see every problem in the file or a summary of what will change.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Archivo:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Elegir el archivo</source>
      <translation>Choose the file</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Elegir la planilla</source>
      <translation>Choose the spreadsheet</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Examinar…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>No se encuentra el archivo {0}. Revise la ruta o elíjalo con «Examinar…».</source>
      <translation>File {0} was not found. Check the path or choose it with “Browse…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Planillas (*.xlsx *.csv *.txt)</source>
      <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Ruta del archivo .xlsx o .csv</source>
      <translation>Path of the .xlsx or .csv file</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Una planilla de Excel (.xlsx) o un archivo CSV, con un miembro por fila. Los miembros se agregan al padrón de {0}.</source>
      <translation>An Excel spreadsheet (.xlsx) or a CSV file, with one member per row. The members are added to the member register of {0}.</translation>
    </message>
  </context>
  <context>
    <name>_PaginaColumnas</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cómo leer una fecha como 05/04/2024, que puede ser el 5 de abril o el 4 de mayo. Las fechas aaaa-mm-dd y las celdas de fecha de Excel no cambian.</source>
      <translation>How to read a date like 05/04/2024, which may be April 5 or May 4. Dates written yyyy-mm-dd and Excel date cells are not affected.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Dato que trae la columna {0}</source>
      <translation>Data contained in column {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Datos obligatorios (*):</source>
      <translation>Required data (*):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Día/mes/año (dd/mm/aaaa): 05/04/2024 es el 5 de abril</source>
      <translation>Day/month/year (dd/mm/yyyy): 05/04/2024 is April 5</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Falta indicar qué columna trae: {0}. Elíjalo en la lista sobre la columna que corresponda.</source>
      <translation>You still need to indicate which column contains: {0}. Choose it in the list above the matching column.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Indicar las columnas</source>
      <translation>Identify the columns</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>La columna {0} no se importará.</source>
      <translation>Column {0} will not be imported.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Las columnas {0} no se importarán.</source>
      <translation>Columns {0} will not be imported.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Mes/día/año (mm/dd/aaaa): 05/04/2024 es el 4 de mayo</source>
      <translation>Month/day/year (mm/dd/yyyy): 05/04/2024 is May 4</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Orden de las fechas:</source>
      <translation>Date order:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Según el archivo (si alguna fecha lo decide)</source>
      <translation>As in the file (if some date settles it)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Sobre cada columna, elija qué dato trae. Se muestran las primeras {0} filas del archivo como muestra.</source>
      <translation>Above each column, choose what data it contains. The first {0} rows of the file are shown as a sample.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Todo listo para validar el archivo completo.</source>
      <translation>All set to validate the whole file.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Validación cancelada: no se modificó nada.</source>
      <translation>Validation canceled: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Validando el archivo</source>
      <translation>Validating the file</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>columna {0}</source>
      <translation>column {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>sin columna</source>
      <translation>no column</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>«{0}» está elegido en las columnas {1}; cada dato puede venir de una sola columna. Cambie una de ellas a «{2}».</source>
      <translation>“{0}” is chosen in columns {1}; each item of data can come from only one column. Change one of them to “{2}”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>— ignorar —</source>
      <translation>— ignore —</translation>
    </message>
  </context>
  <context>
    <name>_PaginaResultado</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El padrón de {0} ya incluye los datos de {1}.</source>
      <translation>The member register of {0} now includes the data from {1}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importación terminada</source>
      <translation>Import finished</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Resultado: {0}.</source>
      <translation>Result: {0}.</translation>
    </message>
  </context>
  <context>
    <name>_PaginaValidacion</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cambios</source>
      <translation>Changes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Columna</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Columnas que no se importarán: {0}.</source>
      <translation>Columns that will not be imported: {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo tiene 1 problema; no se importará nada. Corríjalo y vuelva a elegir el archivo.</source>
      <translation>The file has 1 problem; nothing will be imported. Fix it and choose the file again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo tiene {0} problemas; no se importará nada. Corríjalos y vuelva a elegir el archivo.</source>
      <translation>The file has {0} problems; nothing will be imported. Fix them and choose the file again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo {0} no se puede importar tal como está.</source>
      <translation>File {0} cannot be imported as it is.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>El archivo {0} no tiene problemas. Esto es lo que se hará al pulsar «Importar»:</source>
      <translation>File {0} has no problems. This is what will be done when you click “Import”:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Exportar errores a Excel</source>
      <translation>Export errors to Excel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Exportar errores a Excel…</source>
      <translation>Export errors to Excel…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Fila</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importación cancelada: no se modificó nada.</source>
      <translation>Import canceled: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Importando miembros</source>
      <translation>Importing members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Miembro</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Problema</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Revisar antes de importar</source>
      <translation>Review before importing</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Se guardaron los problemas en {0}.</source>
      <translation>The problems were saved to {0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Todo se guarda junto, en un solo paso: si algo falla o cancela, no se modifica nada.</source>
      <translation>Everything is saved together, in a single step: if anything fails or you cancel, nothing is changed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Valor</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Volver a elegir el archivo</source>
      <translation>Choose the file again</translation>
    </message>
  </context>
  <context>
    <name>espera</name>
    <message>
      <location filename="../../escritorio/interfaz/espera.py" />
      <source>Esperando para guardar: otro programa (la línea de órdenes u otra ventana) está escribiendo en la base… {0} s (se espera hasta {1} s)</source>
      <translation>Waiting to save: another program (the command line or another window) is writing to the database… {0} s (waiting up to {1} s)</translation>
    </message>
  </context>
</TS>
