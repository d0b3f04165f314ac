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
    <name>DialogoAprobarActa</name>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Aprobada por:</source>
      <translation>Approved by:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Fecha de aprobación:</source>
      <translation>Approval date:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>No hay resoluciones de este órgano adoptadas en esta sesión ni en una posterior. Agregue un punto «Aprobación del acta», vótelo y adopte la resolución.</source>
      <translation>There are no resolutions of this body adopted in this session or in a later one. Add an item “Approval of the minutes”, put it to a vote and adopt the resolution.</translation>
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
Actas, convocatorias, recibos y demás documentos salen en el idioma elegido (uno suelto en el otro: Archivo › Idioma de los documentos). Lo que escribió la secretaría va tal cual.</source>
      <translation>The acronym is saved in capitals and cannot be that of another association in this database. Documents already issued (receipts, minutes, resolutions, registers) do not change: they carry the name and acronym they were issued with and still verify the same way. Those issued from now on carry the new details.
Minutes, notices of meeting, receipts and other documents come out in the chosen language (a single one in the other: File › Document language). What the secretariat wrote stays as written.</translation>
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
      <source>Escritorio lleva la secretaría de su asociación: el padrón de miembros, sus países y sus datos.
Esta base de datos todavía está vacía. ¿Cómo desea empezar?</source>
      <translation>Escritorio runs your association's secretariat: the member register, its countries and its details.
This database is still empty. How would you like to start?</translation>
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
      <source>Terminan la víspera</source>
      <translation>Ending the day before</translation>
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
      <source> meses</source>
      <translation> months</translation>
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
      <source>Abre el recibo en PDF en el visor del equipo, para imprimirlo</source>
      <translation>Opens the PDF receipt in the computer's viewer, to print it</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Abrir recibo para imprimir</source>
      <translation>Open receipt to print</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Cancelado: no se guardó el recibo.</source>
      <translation>Canceled: the receipt was not saved.</translation>
    </message>
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
      <source>Documentos PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
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
      <source>Este equipo no tiene un programa para abrir archivos PDF. Use «Guardar recibo…» y ábralo o imprímalo desde otro equipo.</source>
      <translation>This computer has no program to open PDF files. Use “Save receipt…” and open or print it from another computer.</translation>
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
      <source>Guardar el recibo</source>
      <translation>Save the receipt</translation>
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
      <source>Recibo</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Recibo abierto en el visor de PDF: imprímalo desde ahí.</source>
      <translation>Receipt opened in the PDF viewer: print it from there.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <source>Recibo guardado en {0}</source>
      <translation>Receipt saved to {0}</translation>
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
      <source>La regla rige para la morosidad, el derecho a voto y el quórum de las sesiones. Una cuota con un saldo dentro de la tolerancia (la mayor de las dos) no cuenta como impaga para suspender el voto; el saldo sigue siendo deuda.</source>
      <translation>The rule applies to arrears, voting rights and the quorum of sessions. A fee with a balance within the tolerance (the greater of the two) does not count as unpaid for suspending the vote; the balance is still a debt.</translation>
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
      <source>Los miembros con cuotas impagas no votan</source>
      <translation>Members with unpaid fees do not vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Los miembros con el voto suspendido por cuotas impagas (según la regla de Cuotas) no votan ni cuentan para el quórum.</source>
      <translation>Members whose vote is suspended for unpaid fees (under the Fees rule) neither vote nor count toward the quorum.</translation>
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
      <source>Escriba el título de la resolución.</source>
      <translation>Enter the title of the resolution.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Punto:</source>
      <translation>Item:</translation>
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
      <source>Visto… Considerando… El Consejo resuelve: Artículo 1.º…</source>
      <translation>Having regard to… Whereas… The Council resolves: Article 1…</translation>
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
      <source>Traspaso de la Secretaría Ejecutiva</source>
      <translation>Handover of the Executive Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>— la siguiente según el orden de sucesión —</source>
      <translation>— the next in the order of succession —</translation>
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
      <source>Compruebe contra esta base de datos si un acta, una resolución, un recibo o un estado de cuenta es auténtico: Escritorio lee el código de verificación del PDF y nunca confía en lo que el archivo dice de sí mismo.</source>
      <translation>Check against this database whether a set of minutes, a resolution, a receipt or an account statement is authentic: Escritorio reads the PDF’s verification code and never trusts what the file says about itself.</translation>
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
      <source>o escriba el código del papel: XXXX-XXXX-XXXX</source>
      <translation>or type the code printed on paper: XXXX-XXXX-XXXX</translation>
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
      <source>Convocatoria (PDF)…</source>
      <translation>Notice of meeting (PDF)…</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (la declara quien firma)</source>
      <translation> (declared by the signer)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source> (sello de tiempo)</source>
      <translation> (timestamp)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>&amp;Idioma de la ventana</source>
      <translation>&amp;Interface language</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>(no encontrada)</source>
      <translation>(not found)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>(sin dato)</source>
      <translation>(no data)</translation>
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
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>1 a 90 días</source>
      <translation>1 to 90 days</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>1 cuota anual impaga suspende el voto</source>
      <translation>1 unpaid annual fee suspends the vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>1 día</source>
      <translation>1 day</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>1 miembro dado de baja no se cuenta</source>
      <translation>1 withdrawn member is not counted</translation>
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
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>100.000 a 499.999</source>
      <translation>100,000 to 499,999</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>181 a 365 días</source>
      <translation>181 to 365 days</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>3.000.000 o más</source>
      <translation>3,000,000 or more</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>500.000 a 2.999.999</source>
      <translation>500,000 to 2,999,999</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>A mano alzada</source>
      <translation>Show of hands</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/respaldos.py" />
      <source>ATENCIÓN: el respaldo elegido es de OTRA base, no de esta.

</source>
      <translation>WARNING: the chosen backup is from ANOTHER database, not this one.

</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Aceptar</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0}</source>
      <translation>Minutes No. {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0} ({1}), aprobada el {2}, huella SHA-256 {3}</source>
      <translation>Minutes No. {0} ({1}), approved on {2}, SHA-256 fingerprint {3}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/documentos.py" />
      <source>Acta N.º {0} ({1}), todavía en borrador</source>
      <translation>Minutes No. {0} ({1}), still in draft</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actas</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Actividades</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Admisión de miembros</source>
      <translation>Admission of members</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Al aprobarla, el acta se congela: se guarda su huella SHA-256 y ni la asistencia, ni las votaciones, ni el texto pueden cambiar. Las correcciones posteriores van en una fe de erratas.</source>
      <translation>Once approved, the minutes are frozen: their SHA-256 fingerprint is stored and neither the attendance, the votes nor the text can change. Later corrections go in an errata.</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Aprobada</source>
      <translation>Approved</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Aprobar el acta</source>
      <translation>Approve the minutes</translation>
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
      <location filename="../../escritorio/documentos/pdf/estatuto.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Artículos</source>
      <translation>Articles</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Asamblea</source>
      <translation>Assembly</translation>
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
      <source>Asistencia</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Asociación</source>
      <translation>Association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Asociación nacional</source>
      <translation>National association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Ausente</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Autoridad</source>
      <translation>Authority</translation>
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
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Año de la población</source>
      <translation>Population year</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Babel</source>
      <translation>Babel</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Baja</source>
      <translation>Withdrawn</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Base:</source>
      <translation>Basis:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Borrador</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>CC BY 4.0</source>
      <translation>CC BY 4.0</translation>
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Cargo</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Cargo que se elige</source>
      <translation>Position being elected</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Carta</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Categoría</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Categorías de los países</source>
      <translation>Country categories</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
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
      <source>Cheque</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Ciudad sede:</source>
      <translation>Headquarters city:</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Comisión Directiva</source>
      <translation>Executive Board</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Comité</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Comité Ejecutivo</source>
      <translation>Executive Committee</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Composición de {0} al {1}</source>
      <translation>Composition of {0} as of {1}</translation>
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
      <source>Congreso</source>
      <translation>Congress</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Consejo</source>
      <translation>Council</translation>
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Coordinador</source>
      <translation>Coordinator</translation>
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
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Correo</source>
      <translation>Email</translation>
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
      <source>Cuota anual</source>
      <translation>Annual fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Cuota completa</source>
      <translation>Full fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Cuota de ingreso</source>
      <translation>Admission fee</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Cuotas emitidas</source>
      <translation>Issued fees</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Cuotas y presupuesto</source>
      <translation>Fees and budget</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Código</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Datos de la asociación</source>
      <translation>Association details</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Decisión</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Declaración</source>
      <translation>Declaration</translation>
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
      <source>Depósito</source>
      <translation>Deposit</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Desde</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Desde el año siguiente</source>
      <translation>From the following year</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Designación</source>
      <translation>Appointment</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Director</source>
      <translation>Director</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Disolución</source>
      <translation>Dissolution</translation>
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
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>El acta aprobada no se modifica. La fe de erratas queda con la fecha de hoy ({0}) y se imprime al final del acta.</source>
      <translation>The approved minutes are not changed. The errata is dated today ({0}) and printed at the end of the minutes.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>El de cada asociación (Datos de la asociación)</source>
      <translation>Each association's own (Association details)</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Elija un PDF firmado con «Verificar otro PDF…».</source>
      <translation>Choose a signed PDF with “Verify another PDF…”.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>Empate entre {0}, con {1} cada una: no hay candidatura electa; corresponde una nueva votación entre ellas. {2}</source>
      <translation>Tie between {0}, with {1} each: no candidacy is elected; a new vote between them is required. {2}</translation>
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
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>En segunda convocatoria, con la presencia de {0} de {1} {2}, la sesión se realiza con los presentes{3}.</source>
      <translation>On second call, with {0} of {1} {2} present, the session is held with those present{3}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/actas.py" />
      <source>En {0}, el {1}, siendo las {2} horas, se reúne en {3} {4}, con la asistencia que se detalla a continuación.</source>
      <translation>In {0}, on {1}, at {2}, {4} meets in {3}, with the attendance detailed below.</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Escalas de cuotas</source>
      <translation>Fee scales</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/formularios.py" />
      <source>Escriba parte del nombre…</source>
      <translation>Type part of the name…</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Estado</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Estado desde</source>
      <translation>Status since</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estados de los miembros</source>
      <translation>Member statuses</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Estatuto</source>
      <translation>Statutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Estatuto y reglamentos</source>
      <translation>Statutes and regulations</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Exclusión de miembros</source>
      <translation>Expulsion of members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
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
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/emision.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Extraordinaria</source>
      <translation>Extraordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Fe de erratas</source>
      <translation>Errata</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/documentos/pdf/resolucion.py" />
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Fecha</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Fecha de ingreso</source>
      <translation>Admission date</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Firma digital</source>
      <translation>Digital signature</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_acta.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Font Awesome Free (Fonticons)</source>
      <translation>Font Awesome Free (Fonticons)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Fuente</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Fuentes Liberation (Red Hat)</source>
      <translation>Liberation Fonts (Red Hat)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
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
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Gobierno regional</source>
      <translation>Regional government</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Hasta</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Hecho con</source>
      <translation>Built with</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Idioma de los documentos:</source>
      <translation>Document language:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Igual</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Imputaciones de pagos</source>
      <translation>Payment allocations</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>Indique el miembro que se postula, la persona que lo encabeza, o ambos.</source>
      <translation>Indicate the member standing as candidate, the person heading the candidacy, or both.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Indique la categoría de cada país: los puestos en los órganos dependen de ella. Deje «No participa» en los demás.</source>
      <translation>Indicate each country’s category: seats on the bodies depend on it. Leave “Not participating” for the rest.</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Instalación normal: los datos del programa (la base por omisión y el registro de errores) están en {0}</source>
      <translation>Standard installation: the program data (the default database and the error log) are in {0}</translation>
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Integrante</source>
      <translation>Member</translation>
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
      <location filename="../../escritorio/interfaz/aplicacion.py" />
      <source>La base {0} ya está abierta en otra ventana de Escritorio (equipo {1}, proceso {2}). Use esa ventana, o ciérrela y vuelva a abrir Escritorio.</source>
      <translation>The database {0} is already open in another Escritorio window (computer {1}, process {2}). Use that window, or close it and open Escritorio again.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La convocatoria no exige días de anticipación{0}.</source>
      <translation>No minimum notice period is required for the notice of meeting{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <source>La elección designa a la candidatura electa en este cargo cuando se confirma. Se puede cambiar hasta que se cierre la votación.</source>
      <translation>When confirmed, the election appoints the elected candidacy to this position. The position can be changed until the vote is closed.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A simple majority is more votes in favour than against: it is counted over the votes cast. For abstentions to count, choose an absolute majority of those present.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>La resolución recibe el número siguiente del órgano en el año de la sesión.</source>
      <translation>The resolution receives the body’s next number for the year of the session.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>La secretaría de una asociación de municipios: padrón, cuotas, estatutos, órganos, unidades temáticas y sesiones, con sus documentos.</source>
      <translation>The secretariat of an association of municipalities: member register, fees, statutes, bodies, thematic units and sessions, with their documents.</translation>
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
      <location filename="../../escritorio/interfaz/menu_idioma.py" />
      <source>La ventana estará en {0} la próxima vez que abra Escritorio.</source>
      <translation>The interface will be in {0} the next time you open Escritorio.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Leyendo y validando…</source>
      <translation>Reading and validating…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Libro de Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Lo que cambió (como estaba al abrir → como está ahora):</source>
      <translation>What changed (as it was when opened → as it is now):</translation>
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
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>Los estatutos no suspenden el voto por cuotas impagas.</source>
      <translation>The statutes do not suspend voting for unpaid fees.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Los miembros con cuotas impagas no votan ni cuentan para el quórum.</source>
      <translation>Members with unpaid fees neither vote nor count toward the quorum.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>Los miembros con cuotas impagas votan igual.</source>
      <translation>Members with unpaid fees still vote.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Los textos de las licencias viajan con el programa, en recursos/fuentes y recursos/iconos.</source>
      <translation>The license texts ship with the program, in recursos/fuentes and recursos/iconos.</translation>
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
      <source>Mandatos</source>
      <translation>Terms of office</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>Material Design Icons (Pictogrammers)</source>
      <translation>Material Design Icons (Pictogrammers)</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Mayoría:</source>
      <translation>Majority:</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Menos de 100.000</source>
      <translation>Under 100,000</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>Miembro suspendido</source>
      <translation>Suspended member</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/pdf/cobranza.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Miembros</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/conflicto.py" />
      <source>Mientras tenía abierta {0}, otro programa (la línea de órdenes u otra ventana) guardó cambios en el mismo registro. Todavía no se guardó nada de lo suyo.</source>
      <translation>While you had {0} open, another program (the command line or another window) saved changes to the same record. None of your changes have been saved yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Modo de ingreso</source>
      <translation>Admission method</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/informes_cuotas.py" />
      <source>Morosidad al {0}</source>
      <translation>Arrears as of {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Motivo del estado</source>
      <translation>Status reason</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Motivo:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Método:</source>
      <translation>Method:</translation>
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>No</source>
      <translation>No</translation>
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
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>No hay un programa para abrir archivos {0} en esta computadora; el archivo está en:
{1}

Puede abrir la carpeta y copiarlo a otro equipo, o instalar un programa para ese tipo de archivo.</source>
      <translation>There is no program on this computer to open {0} files; the file is in:
{1}

You can open the folder and copy it to another computer, or install a program for that file type.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>No participa</source>
      <translation>Not participating</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>No se admiten poderes{0}.</source>
      <translation>Proxies are not allowed{0}.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>No se guardó lo escrito</source>
      <translation>Your text was not saved</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/comun.py" />
      <source>No se pudo completar</source>
      <translation>Could not be completed</translation>
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
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Nombre</source>
      <translation>Name</translation>
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Orden de sucesión</source>
      <translation>Order of succession</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/documentos/pdf/convocatoria.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Orden del día</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Ordinaria</source>
      <translation>Ordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Ordinaria (regla general)</source>
      <translation>Ordinary (general rule)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Otra ventana o programa está guardando en la base: esperando a que termine…</source>
      <translation>Another window or program is saving to the database: waiting for it to finish…</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Otro</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Otro país (nombre o código ISO)</source>
      <translation>Other country (name or ISO code)</translation>
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
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>Pago, recibo {0}</source>
      <translation>Payment, receipt {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Pagos</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Papel de los documentos:</source>
      <translation>Paper size for documents:</translation>
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
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>País</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
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
      <source>País pleno</source>
      <translation>Full member country</translation>
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Persona</source>
      <translation>Person</translation>
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
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Población</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Población total</source>
      <translation>Total population</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/trabajos.py" />
      <source>Preparando…</source>
      <translation>Preparing…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/modelos/sesiones.py" />
      <location filename="../../escritorio/servicios/actas.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Presente</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Presidencia</source>
      <translation>Presidency</translation>
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Queda registrado: {0}

La {1} cerrada no se puede repetir ni corregir.</source>
      <translation>This will be recorded: {0}

Once closed, the {1} cannot be repeated or corrected.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>Quitado</source>
      <translation>Removed</translation>
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
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Recibos</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Recomendación</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/primer_uso.py" />
      <source>Red de ejemplo</source>
      <translation>Demo network</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Reemplazar archivo</source>
      <translation>Replace file</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Reforma del estatuto</source>
      <translation>Amendment of the statutes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>Reforma del reglamento</source>
      <translation>Amendment of the regulations</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Reformas</source>
      <translation>Amendments</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Región</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/cargar_norma.py" />
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Resoluciones</source>
      <translation>Resolutions</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Resolución</source>
      <translation>Resolution</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>Retirado</source>
      <translation>Withdrawn</translation>
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Secretario de Programación</source>
      <translation>Program Secretary</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/acta.py" />
      <location filename="../../escritorio/dominio/tratamiento.py" />
      <source>Secretaría</source>
      <translation>Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>Secretaría Ejecutiva</source>
      <translation>Executive Secretariat</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Secretaría Técnica</source>
      <translation>Technical Secretariat</translation>
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
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
      <source>Sesiones</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <source>Sesión celebrada</source>
      <translation>Session held</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Sigla:</source>
      <translation>Acronym:</translation>
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
      <source>Sin conexión: no se usa ningún servidor. Cada firma nueva se agrega sobre la anterior.</source>
      <translation>Offline: no server is used. Each new signature is added on top of the previous one.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>Sin datos</source>
      <translation>No data</translation>
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
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
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Suplente</source>
      <translation>Alternate</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/editor_sesion.py" />
      <location filename="../../escritorio/interfaz/vistas/sesiones.py" />
      <source>Suspendida</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/interfaz/modelos/miembros.py" />
      <location filename="../../escritorio/interfaz/vistas/miembros.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>Suspendido</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/cuotas.py" />
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/excel/sesion.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/padron.py" />
      <source>Sí</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Tampoco se pudo abrir la carpeta. El archivo está en:
{0}</source>
      <translation>The folder could not be opened either. The file is in:
{0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Teléfono</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Tesorero</source>
      <translation>Treasurer</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/padron.py" />
      <location filename="../../escritorio/dominio/importacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Tipo</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>Tipo:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Titular</source>
      <translation>Full member</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Todavía no hay firmas digitales.</source>
      <translation>There are no digital signatures yet.</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/cargos.py" />
      <source>Todos los cargos</source>
      <translation>All charges</translation>
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
      <source>Tramos de las escalas</source>
      <translation>Fee scale tiers</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/recibo.py" />
      <location filename="../../escritorio/interfaz/dialogos/pago.py" />
      <location filename="../../escritorio/interfaz/vistas/cuotas/pagos.py" />
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
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>Un archivo con los certificados raíz de su autoridad certificante (.pem, .crt, .cer): con él se valida la confianza, sin conexión.</source>
      <translation>A file with the root certificates of your certification authority (.pem, .crt, .cer): it is used to validate trust, offline.</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/dominio/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/organo.py" />
      <source>Unidad temática</source>
      <translation>Thematic unit</translation>
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
      <location filename="../../escritorio/documentos/excel/organos.py" />
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/documentos/pdf/unidades.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_dialogos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <location filename="../../escritorio/interfaz/vistas/unidades.py" />
      <location filename="../../escritorio/servicios/elecciones.py" />
      <location filename="../../escritorio/servicios/informes_organos.py" />
      <source>Vicepresidente</source>
      <translation>Vice-President</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>Vigente</source>
      <translation>In force</translation>
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
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>Voto</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/organos.py" />
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
      <location filename="../../escritorio/interfaz/piezas/documentos.py" />
      <source>Ya existe «{0}» en esa carpeta. ¿Reemplazarlo?</source>
      <translation>“{0}” already exists in that folder. Replace it?</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>agregado</source>
      <translation>agregado</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>artículo</source>
      <translation>article</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>asociación nacional</source>
      <translation>national association</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>asociado</source>
      <translation>associate</translation>
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
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>cambiado</source>
      <translation>cambiado</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/tablero.py" />
      <source>cambio de estado</source>
      <translation>status change</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>ciudades, regiones y población de la red de ejemplo</source>
      <translation>cities, regions and population of the demo network</translation>
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
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>de la {0}</source>
      <translation>of the {0}</translation>
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
      <source>de los votos emitidos</source>
      <translation>of the votes cast</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>de {0}</source>
      <translation>of {0}</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>dibuja los íconos de la ventana</source>
      <translation>draws the interface icons</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>el archivo .p12 o .pfx de quien firma</source>
      <translation>the signer’s .p12 or .pfx file</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el general (arriba)</source>
      <translation>the general one (above)</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>el ordinario</source>
      <translation>ordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>el texto de los PDF (HarfBuzz)</source>
      <translation>the text in the PDFs (HarfBuzz)</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>el {0}</source>
      <translation>the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <location filename="../../escritorio/interfaz/dialogos/bienvenida.py" />
      <source>federación</source>
      <translation>federation</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>importes en letras</source>
      <translation>amounts in words</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la base de datos</source>
      <translation>the database</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la carpeta de datos</source>
      <translation>the data folder</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/firma_digital.py" />
      <source>la del certificado (no se guarda)</source>
      <translation>the certificate’s password (not stored)</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>la ordinaria</source>
      <translation>ordinary</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>la ventana</source>
      <translation>the user interface</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/sesiones.py" />
      <source>la {0}</source>
      <translation>the {0}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>los PDF</source>
      <translation>the PDFs</translation>
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
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>mayoría: {0}</source>
      <translation>majority: {0}</translation>
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
      <location filename="../../escritorio/dominio/mayorias.py" />
      <location filename="../../escritorio/interfaz/dialogos/eleccion_recuento.py" />
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <location filename="../../escritorio/servicios/informes_sesiones.py" />
      <source>miembros presentes</source>
      <translation>members present</translation>
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
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>no se pudo validar contra una autoridad de confianza</source>
      <translation>could not be validated against a trusted authority</translation>
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
      <source>pleno</source>
      <translation>full</translation>
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
      <source>qtawesome</source>
      <translation>qtawesome</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/estatutos.py" />
      <source>quitado</source>
      <translation>quitado</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/acerca.py" />
      <source>reportlab</source>
      <translation>reportlab</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/asociacion.py" />
      <source>retirado</source>
      <translation>withdrawn</translation>
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
      <location filename="../../escritorio/servicios/actas.py" />
      <source>sin candidaturas</source>
      <translation>no candidacies</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/mandato.py" />
      <source>sin voto</source>
      <translation>non-voting</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/reglas_sesion.py" />
      <source>un tercio</source>
      <translation>one-third</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/firmas.py" />
      <source>validada contra una autoridad de confianza</source>
      <translation>validated against a trusted authority</translation>
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
      <location filename="../../escritorio/dominio/mayorias.py" />
      <source>voto emitido</source>
      <translation>vote cast</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>ya hay demasiados archivos con ese nombre</source>
      <translation>there are already too many files with that name</translation>
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
      <location filename="../../escritorio/interfaz/vistas/cuotas/morosidad.py" />
      <source>{0} cuotas anuales impagas suspenden el voto</source>
      <translation>{0} unpaid annual fees suspend the vote</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion.py" />
      <location filename="../../escritorio/servicios/sesiones.py" />
      <source>{0} días</source>
      <translation>{0} days</translation>
    </message>
    <message>
      <location filename="../../escritorio/dominio/elecciones.py" />
      <source>{0} en blanco</source>
      <translation>{0} blank</translation>
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
      <location filename="../../escritorio/interfaz/vistas/cuotas/escalas.py" />
      <source>{0} tramos: de {1} a {2}</source>
      <translation>{0} tiers: from {1} to {2}</translation>
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
      <location filename="../../escritorio/documentos/pdf/avisos.py" />
      <location filename="../../escritorio/documentos/pdf/estado_cuenta.py" />
      <location filename="../../escritorio/dominio/elecciones.py" />
      <location filename="../../escritorio/servicios/cobranza.py" />
      <source>{0} y {1}</source>
      <translation>{0} and {1}</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>{0} — {1}</source>
      <translation>{0} — {1}</translation>
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
      <location filename="../../escritorio/servicios/actas.py" />
      <source>{0}, por poder otorgado a {1}</source>
      <translation>{0}, by proxy given to {1}</translation>
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
      <location filename="../../escritorio/interfaz/graficos.py" />
      <source>{0}: {1} ({2} del total)</source>
      <translation>{0}: {1} ({2} of the total)</translation>
    </message>
    <message>
      <location filename="../../escritorio/servicios/elecciones.py" />
      <source>{0}: {1} hasta el {2}</source>
      <translation>{0}: {1} until {2}</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/cuotas/avisos.py" />
      <source>{0}: {1}, vencido hace {2} días</source>
      <translation>{0}: {1}, {2} days overdue</translation>
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
      <location filename="../../escritorio/interfaz/dialogos/sesion_piezas.py" />
      <source>¿Cerrar la {0} del punto {1}. {2}?</source>
      <translation>Close the {0} of item {1}. {2}?</translation>
    </message>
    <message>
      <location filename="../../escritorio/documentos/pdf/organos.py" />
      <location filename="../../escritorio/servicios/descripcion_bitacora.py" />
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
      <source>íntegra; después se agregaron firmas</source>
      <translation>intact; signatures were added later</translation>
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
      <source>Adoptar resolución…</source>
      <translation>Adopt resolution…</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Agregar segunda vuelta</source>
      <translation>Add runoff</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/eleccion.py" />
      <source>Cerrar elección</source>
      <translation>Close election</translation>
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
      <source>Aprobar con una resolución de esta sesión o de una posterior; el acta queda congelada con su huella SHA-256.</source>
      <translation>Approve with a resolution of this session or a later one; the minutes are frozen with their SHA-256 fingerprint.</translation>
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
      <source>Agregar invitado…</source>
      <translation>Add guest…</translation>
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
      <source>Clic o teclas P, A, E: marcar · doble clic en «Asiste»: representante · en «Poder a»: poder de un ausente</source>
      <translation>Click or keys P, A, E: mark · double-click “Attending”: representative · “Proxy to”: proxy of an absent member</translation>
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
      <source>Todos presentes</source>
      <translation>All present</translation>
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
      <source>Un aviso al llegar a {0} días de atraso. Cada carta se registra al generarla: el mismo aviso no se repite.</source>
      <translation>One reminder on reaching {0} days overdue. Each letter is recorded when generated: the same reminder is never repeated.</translation>
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
      <source>Detalle</source>
      <translation>Details</translation>
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
      <source>Vista previa</source>
      <translation>Preview</translation>
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
      <source> · {0} anulados</source>
      <translation> · {0} voided</translation>
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
      <source>El recibo {0} ya está anulado: {1}</source>
      <translation>Receipt {0} is already voided: {1}</translation>
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
      <source>Adoptar resolución…</source>
      <translation>Adopt resolution…</translation>
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
      <source>Borrar los votos</source>
      <translation>Clear the votes</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>Cerrar votación</source>
      <translation>Close vote</translation>
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
      <source>Guarda la resolución adoptada en PDF, con su código de verificación y su QR</source>
      <translation>Saves the adopted resolution as a PDF, with its verification code and QR code</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/sesion_votaciones.py" />
      <source>La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.</source>
      <translation>A simple majority means more votes in favour than against: it is counted on the votes cast. For abstentions to count, choose an absolute majority of those present.</translation>
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
      <source>Todos a favor</source>
      <translation>All in favour</translation>
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
      <source>Todavía no hay miembros</source>
      <translation>No members yet</translation>
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
      <source>Cuotas impagas: no votan</source>
      <translation>Unpaid fees: cannot vote</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/vistas/organos.py" />
      <source>Cuotas impagas: votan igual</source>
      <translation>Unpaid fees: can still vote</translation>
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
      <source>Cambios en miembros del padrón (se muestran los primeros {0} de {1}):</source>
      <translation>Changes to members in the register (showing the first {0} of {1}):</translation>
    </message>
    <message>
      <location filename="../../escritorio/interfaz/dialogos/importacion.py" />
      <source>Cambios en miembros del padrón:</source>
      <translation>Changes to members in the register:</translation>
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
      <source>Ningún miembro del padrón cambia.</source>
      <translation>No member in the register changes.</translation>
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
